namespace Dossier.Build.Tasks.Tests.Rendering;

/// <summary>
/// The data categories of the fideslang default taxonomy as of fideslang 3.1 (unchanged since 2.0; fideslang 3.0
/// removed data qualifiers, not categories), read from the taxonomy's source. A category outside the taxonomy
/// means nothing to a Fides server that has only the default one, so every category Dossier writes is one of these.
/// </summary>
public static class FidesTaxonomy
{
    public static readonly IReadOnlySet<string> DataCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        "user",
        "user.account", "user.account.settings", "user.account.username",
        "user.authorization", "user.authorization.biometric", "user.authorization.credentials", "user.authorization.password",
        "user.behavior", "user.behavior.browsing_history", "user.behavior.media_consumption", "user.behavior.purchase_history",
        "user.behavior.search_history",
        "user.biometric", "user.biometric.fingerprint", "user.biometric.health", "user.biometric.retinal", "user.biometric.voice",
        "user.childrens",
        "user.contact", "user.contact.address", "user.contact.address.city", "user.contact.address.country",
        "user.contact.address.postal_code", "user.contact.address.state", "user.contact.address.street", "user.contact.email",
        "user.contact.fax_number", "user.contact.organization", "user.contact.phone_number", "user.contact.url",
        "user.content", "user.content.private", "user.content.public", "user.content.self_image",
        "user.criminal_history",
        "user.demographic", "user.demographic.age_range", "user.demographic.date_of_birth", "user.demographic.gender",
        "user.demographic.language", "user.demographic.marital_status", "user.demographic.political_opinion",
        "user.demographic.profile", "user.demographic.race_ethnicity", "user.demographic.religious_belief",
        "user.demographic.sexual_orientation",
        "user.device", "user.device.cookie", "user.device.cookie_id", "user.device.device_id", "user.device.ip_address",
        "user.financial", "user.financial.bank_account", "user.financial.credit_card",
        "user.government_id", "user.government_id.birth_certificate", "user.government_id.drivers_license_number",
        "user.government_id.immigration", "user.government_id.national_identification_number",
        "user.government_id.passport_number", "user.government_id.vehicle_registration",
        "user.health_and_medical", "user.health_and_medical.genetic", "user.health_and_medical.insurance_beneficiary_id",
        "user.health_and_medical.record_id",
        "user.job_title",
        "user.location", "user.location.imprecise", "user.location.precise",
        "user.name", "user.name.first", "user.name.last",
        "user.payment", "user.privacy_preferences", "user.sensor", "user.social", "user.telemetry",
        "user.unique_id", "user.unique_id.pseudonymous", "user.user_sensor", "user.workplace",
        "system", "system.authentication", "system.operations",
    };
}
