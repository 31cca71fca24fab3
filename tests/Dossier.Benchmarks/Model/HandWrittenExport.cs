using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Dossier.Benchmarks.Model;

/// <summary>
/// The customer's export written by hand with <see cref="Utf8JsonWriter"/>: the same JSON as the generated
/// <c>WritePersonalData</c>, byte for byte, with every name and declaration encoded once. This is the cost the
/// generated streaming export is meant to match.
/// </summary>
public static class HandWrittenExport
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("$id");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText CustomerName = JsonEncodedText.Encode("Customer");
    private static readonly Declaration FirstName = new("FirstName", "Name", "Customer account", "Contract", "P2Y");
    private static readonly Declaration LastName = new("LastName", "Name", "Customer account", "Contract", "P2Y");
    private static readonly Declaration Email = new("Email", "Email", "Customer account", "Contract", "P2Y", "MailCo");
    private static readonly Declaration Phone = new("Phone", "Phone", "Customer account", "Contract", "P2Y", "SmsCo");
    private static readonly Declaration DateOfBirth = new("DateOfBirth", "DateOfBirth", "Age check", "LegalObligation", "P2Y");
    private static readonly Declaration CustomerNumber = new("CustomerNumber", "Identifier", "Customer account", "LegalObligation", "P10Y");
    private static readonly Declaration LoyaltyPoints = new("LoyaltyPoints", "Behavioral", "Marketing with consent", "Consent", "P1Y");
    private static readonly Declaration CreditLimit = new("CreditLimit", "Financial", "Credit decisions", "Contract", "P5Y");
    private static readonly Declaration NewsletterConsent = new("NewsletterConsent", "Behavioral", "Marketing with consent", "Consent", "P1Y");
    private static readonly Declaration PreferredLanguage = new("PreferredLanguage", "Demographic", "Customer account", "LegitimateInterests", "P2Y");
    private static readonly Declaration Gender = new("Gender", "Demographic", "Marketing with consent", "Consent", "P1Y");
    private static readonly Declaration SignedUpAt = new("SignedUpAt", "Behavioral", "Customer account", "Contract", "P2Y");
    private static readonly Declaration LastLoginAt = new("LastLoginAt", "Behavioral", "Security", "LegitimateInterests", "P90D");
    private static readonly Declaration AverageSession = new("AverageSession", "Behavioral", "Marketing with consent", "Consent", "P1Y");
    private static readonly Declaration Latitude = new("Latitude", "Location", "Delivery slots", "Contract", "P30D");
    private static readonly Declaration Longitude = new("Longitude", "Location", "Delivery slots", "Contract", "P30D");
    private static readonly Declaration HeightCm = new("HeightCm", "Health", "Clothing size advice", "Consent", "P1Y");
    private static readonly Declaration Avatar = new("Avatar", "Photo", "Customer account", "Consent", "P2Y");
    private static readonly Declaration Tier = new("Tier", "Behavioral", "Marketing with consent", "Consent", "P1Y");
    private static readonly Declaration Street = new("Street", "PostalAddress", "Delivery", "Contract", "P2Y", "ParcelCo");
    private static readonly Declaration PostalCode = new("PostalCode", "PostalAddress", "Delivery", "Contract", "P2Y", "ParcelCo");
    private static readonly Declaration City = new("City", "PostalAddress", "Delivery", "Contract", "P2Y", "ParcelCo");
    private static readonly Declaration DeviceId = new("DeviceId", "OnlineIdentifier", "Security", "LegitimateInterests", "P90D");
    private static readonly Declaration LastIpAddress = new("LastIpAddress", "OnlineIdentifier", "Security", "LegitimateInterests", "P90D");
    private static readonly Declaration LastSeen = new("LastSeen", "Behavioral", "Security", "LegitimateInterests", "P90D");
    private static readonly JsonEncodedText Home = JsonEncodedText.Encode("Home");
    private static readonly JsonEncodedText Devices = JsonEncodedText.Encode("Devices");
    private static readonly JsonEncodedText AddressName = JsonEncodedText.Encode("Address");
    private static readonly JsonEncodedText DeviceName = JsonEncodedText.Encode("Device");

    public static void Write(Customer customer, Utf8JsonWriter writer)
    {
        var id = 1;
        Begin(writer, id, CustomerName, CustomerName);
        FirstName.Write(writer); Text(writer, customer.FirstName); writer.WriteEndObject();
        LastName.Write(writer); Text(writer, customer.LastName); writer.WriteEndObject();
        Email.Write(writer); Text(writer, customer.Email); writer.WriteEndObject();
        Phone.Write(writer); Text(writer, customer.Phone); writer.WriteEndObject();
        DateOfBirth.Write(writer);
        Span<byte> date = stackalloc byte[16];
        customer.DateOfBirth.TryFormat(date, out var written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(date[..written]); writer.WriteEndObject();
        CustomerNumber.Write(writer); writer.WriteStringValue(customer.CustomerNumber); writer.WriteEndObject();
        LoyaltyPoints.Write(writer); writer.WriteNumberValue(customer.LoyaltyPoints); writer.WriteEndObject();
        CreditLimit.Write(writer); writer.WriteNumberValue(customer.CreditLimit); writer.WriteEndObject();
        NewsletterConsent.Write(writer); writer.WriteBooleanValue(customer.NewsletterConsent); writer.WriteEndObject();
        PreferredLanguage.Write(writer); Text(writer, customer.PreferredLanguage); writer.WriteEndObject();
        Gender.Write(writer); writer.WriteStringValue(GenderNames[(int)customer.Gender]); writer.WriteEndObject();
        SignedUpAt.Write(writer); writer.WriteStringValue(customer.SignedUpAt); writer.WriteEndObject();
        LastLoginAt.Write(writer);
        if (customer.LastLoginAt is { } login) writer.WriteStringValue(login); else writer.WriteNullValue();
        writer.WriteEndObject();
        AverageSession.Write(writer);
        Span<byte> span = stackalloc byte[32];
        Utf8Formatter.TryFormat(customer.AverageSession, span, out written, new StandardFormat('c'));
        writer.WriteStringValue(span[..written]); writer.WriteEndObject();
        Latitude.Write(writer); writer.WriteNumberValue(customer.Latitude); writer.WriteEndObject();
        Longitude.Write(writer); writer.WriteNumberValue(customer.Longitude); writer.WriteEndObject();
        HeightCm.Write(writer);
        if (customer.HeightCm is { } height) writer.WriteNumberValue(height); else writer.WriteNullValue();
        writer.WriteEndObject();
        Avatar.Write(writer);
        if (customer.Avatar is { } avatar) writer.WriteBase64StringValue(avatar); else writer.WriteNullValue();
        writer.WriteEndObject();
        Tier.Write(writer); writer.WriteStringValue(TierNames[(int)customer.Tier]); writer.WriteEndObject();

        writer.WritePropertyName(Home); writer.WriteStartObject(); writer.WritePropertyName(Value);
        if (customer.Home is { } home)
        {
            Begin(writer, ++id, AddressName, default);
            Street.Write(writer); Text(writer, home.Street); writer.WriteEndObject();
            PostalCode.Write(writer); Text(writer, home.PostalCode); writer.WriteEndObject();
            City.Write(writer); Text(writer, home.City); writer.WriteEndObject();
            End(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
        writer.WritePropertyName(Devices); writer.WriteStartObject(); writer.WritePropertyName(Value);
        writer.WriteStartArray();
        foreach (var device in customer.Devices)
        {
            Begin(writer, ++id, DeviceName, default);
            DeviceId.Write(writer); Text(writer, device.DeviceId); writer.WriteEndObject();
            LastIpAddress.Write(writer); Text(writer, device.LastIpAddress); writer.WriteEndObject();
            LastSeen.Write(writer); writer.WriteStringValue(device.LastSeen); writer.WriteEndObject();
            End(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        End(writer);
    }

    private static readonly JsonEncodedText[] GenderNames = Names<Gender>();
    private static readonly JsonEncodedText[] TierNames = Names<MembershipTier>();

    private static JsonEncodedText[] Names<TEnum>() where TEnum : struct, Enum =>
        Array.ConvertAll(Enum.GetNames<TEnum>(), name => JsonEncodedText.Encode(name));

    private static void Begin(Utf8JsonWriter writer, int id, JsonEncodedText type, JsonEncodedText subject)
    {
        writer.WriteStartObject();
        Span<byte> digits = stackalloc byte[11];
        Utf8Formatter.TryFormat(id, digits, out var written);
        writer.WriteString(Id, digits[..written]);
        writer.WriteString(Type, type);
        if (subject.EncodedUtf8Bytes.Length > 0) writer.WriteString(Subject, subject);
        writer.WriteStartObject(Data);
    }

    private static void End(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter writer, string? value)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value);
    }

    /// <summary>A member's name and declaration, encoded once; writing it leaves the writer at the member's value.</summary>
    private sealed class Declaration
    {
        private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
        private static readonly JsonEncodedText PurposeName = JsonEncodedText.Encode("purpose");
        private static readonly JsonEncodedText LegalBasisName = JsonEncodedText.Encode("legalBasis");
        private static readonly JsonEncodedText RetentionName = JsonEncodedText.Encode("retention");
        private static readonly JsonEncodedText RecipientsName = JsonEncodedText.Encode("recipients");

        private readonly JsonEncodedText _name, _category, _purpose, _legalBasis, _retention;
        private readonly JsonEncodedText[] _recipients;

        public Declaration(string name, string category, string purpose, string legalBasis, string retention, params string[] recipients)
        {
            _name = JsonEncodedText.Encode(name);
            _category = JsonEncodedText.Encode(category);
            _purpose = JsonEncodedText.Encode(purpose);
            _legalBasis = JsonEncodedText.Encode(legalBasis);
            _retention = JsonEncodedText.Encode(retention);
            _recipients = Array.ConvertAll(recipients, recipient => JsonEncodedText.Encode(recipient));
        }

        public void Write(Utf8JsonWriter writer)
        {
            writer.WritePropertyName(_name);
            writer.WriteStartObject();
            writer.WriteString(CategoryName, _category);
            writer.WriteString(PurposeName, _purpose);
            writer.WriteString(LegalBasisName, _legalBasis);
            writer.WriteString(RetentionName, _retention);
            if (_recipients.Length > 0)
            {
                writer.WriteStartArray(RecipientsName);
                foreach (var recipient in _recipients)
                {
                    writer.WriteStringValue(recipient);
                }

                writer.WriteEndArray();
            }

            writer.WritePropertyName(Value);
        }
    }
}
