using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dossier.Benchmarks.Model;

/// <summary>Builds the benchmark graph: one customer, a home address and ten devices, all with values set.</summary>
public static class CustomerGraph
{
    public const int DeviceCount = 10;

    public static Customer Create()
    {
        var devices = new List<Device>(DeviceCount);
        for (var i = 0; i < DeviceCount; i++)
        {
            devices.Add(new Device
            {
                DeviceId = "device-" + i.ToString("D4", CultureInfo.InvariantCulture),
                LastIpAddress = "203.0.113." + (10 + i).ToString(CultureInfo.InvariantCulture),
                LastSeen = new DateTime(2026, 3, 1 + i, 8, 30, 15, DateTimeKind.Utc),
                Model = "Phone " + i.ToString(CultureInfo.InvariantCulture),
            });
        }

        var avatar = new byte[48];
        for (var i = 0; i < avatar.Length; i++)
        {
            avatar[i] = (byte)(i * 7);
        }

        return new Customer
        {
            Id = 42,
            FirstName = "Zoë",
            LastName = "Okonkwo-Müller",
            Email = "zoe.okonkwo@example.com",
            Phone = "+49 30 1234567",
            DateOfBirth = new DateOnly(1988, 4, 12),
            CustomerNumber = new Guid("3f2504e0-4f89-11d3-9a0c-0305e82c3301"),
            LoyaltyPoints = 12450,
            CreditLimit = 2500.50m,
            NewsletterConsent = true,
            PreferredLanguage = "de-DE",
            Gender = Gender.Female,
            SignedUpAt = new DateTimeOffset(2019, 11, 5, 14, 2, 0, TimeSpan.FromHours(1)),
            LastLoginAt = new DateTime(2026, 3, 14, 21, 45, 3, DateTimeKind.Utc),
            AverageSession = new TimeSpan(0, 0, 12, 34, 500),
            Latitude = 52.520008,
            Longitude = 13.404954,
            HeightCm = 171.5f,
            PasswordHash = "AQAAAAIAAYagAAAAEJ0vV1x8p5sbxWZw9l9",
            Avatar = avatar,
            Tier = MembershipTier.Gold,
            Theme = "dark",
            Home = new Address { Street = "Unter den Linden 1", PostalCode = "10117", City = "Berlin", Country = "DE" },
            Devices = devices,
        };
    }
}
