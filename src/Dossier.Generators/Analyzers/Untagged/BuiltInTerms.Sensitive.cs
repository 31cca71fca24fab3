namespace Dossier.Generators.Analyzers.Untagged;

internal static partial class BuiltInTerms
{
    // GDPR Art. 9(1) special categories and Art. 10 criminal-offence data.
    private static void AddSpecialCategories(TermCatalogBuilder b)
    {
        b.Add("Health", Reach.Subject,
            "health", "medical", "diagnosis", "diagnostic", "allergy", "medication", "prescription", "symptom",
            "treatment", "disability", "illness", "disease", "blood type", "blood group", "blood pressure",
            "heart rate", "bmi", "body mass index", "vaccination", "vaccine", "immunization", "pregnancy", "pregnant",
            "mental health", "therapy", "icd", "icd code", "sick leave", "sickness", "sick note", "injury",
            "lab result", "clinical", "clinical note", "doctor note", "nhs number", "medicare number",
            "health insurance number", "medical record number", "impairment", "surgery", "glucose", "cholesterol",
            "smoking", "smoker", "chronic condition", "medical condition", "psychiatric", "psychological",
            "dental", "infection", "dosage", "medical history", "family history", "patient note", "special need",
            "special educational need", "additional need", "hiv", "covid", "diabetes", "diabetic", "cancer",
            "hepatitis", "asthma", "epilepsy", "dementia", "tuberculosis");
        b.Add("Health", Reach.Person, "condition", "weight", "height", "pulse", "alcohol", "drug use", "test result", "blood", "diet");

        b.Add("Genetic", Reach.Subject,
            "genetic", "gene", "genome", "genomic", "genotype", "dna", "dna sample", "genetic test", "hereditary",
            "carrier status", "snp", "genetic marker");

        b.Add("Biometric", Reach.Subject,
            "biometric", "fingerprint template", "fingerprint hash", "fingerprint scan", "face template", "facial",
            "face id", "face encoding", "face embedding", "face print", "faceprint", "iris scan", "retina",
            "retinal scan", "voiceprint", "voice print", "palm print", "palm vein", "gait", "hand geometry",
            "biometric template", "face geometry", "voice sample");
        b.Add("Biometric", Reach.Person, "fingerprint", "iris", "signature image");

        b.Add("RacialOrEthnicOrigin", Reach.Subject,
            "ethnicity", "ethnic", "ethnic origin", "ethnic group", "ethnic background", "racial", "racial origin",
            "skin colour", "skin color", "caste");
        b.Add("RacialOrEthnicOrigin", Reach.Person, "race", "tribe", "ancestry");

        b.Add("PoliticalOpinion", Reach.Subject,
            "political", "politics", "political party", "party affiliation", "political affiliation", "political view",
            "political opinion", "voting intention", "voting preference", "party membership");

        b.Add("ReligiousBelief", Reach.Subject,
            "religion", "religious", "religious belief", "philosophical belief", "religious affiliation");
        b.Add("ReligiousBelief", Reach.Person, "faith", "belief", "denomination", "church");

        b.Add("TradeUnionMembership", Reach.Subject,
            "trade union", "union membership", "union member", "labor union", "labour union", "union dues",
            "trade union membership");
        b.Add("TradeUnionMembership", Reach.Person, "union");

        b.Add("SexLifeOrOrientation", Reach.Subject,
            "sexual orientation", "sexuality", "sex life", "sexual preference", "sexual", "sexual history",
            "sexual activity");
        b.Add("SexLifeOrOrientation", Reach.Person, "orientation");

        b.Add("CriminalRecord", Reach.Subject,
            "criminal record", "criminal", "criminal history", "conviction", "offence", "offense", "criminal offence",
            "criminal offense", "police record", "background check", "felony", "misdemeanor", "misdemeanour",
            "court record", "dbs check", "police check", "parole", "sex offender", "criminal charge", "arrest record");
        b.Add("CriminalRecord", Reach.Person, "arrest", "crime", "prison", "incarceration");
    }

    private static void AddOtherFamilies(TermCatalogBuilder b)
    {
        b.Add("Communication", Reach.Subject,
            "message body", "message text", "message content", "chat message", "chat", "text message",
            "email body", "email content", "email subject", "email text", "transcript", "voicemail", "call recording",
            "private message", "direct message", "sms body", "sms text", "chat log", "chat history");
        b.AddHead("Communication", "message", Reach.Communication, Reach.Subject, "gift", "personal", "private", "direct", "chat", "text", "custom", "free", "card");
        b.Add("Communication", Reach.Communication,
            "body", "content", "text", "subject", "html body", "plain text", "attachment", "html", "snippet", "comment",
            "comment text", "header", "heading", "remark", "enquiry", "inquiry");

        // A ticket's or an issue's description is what its writer wrote; a longer name describes something else.
        b.AddExact("Communication", Reach.Communication, "description");
        b.Add("Communication", Reach.Subject, "enquiry", "inquiry", "order comment", "customer comment");

        b.Add("Employment", Reach.Subject,
            "job title", "employment status", "employment history", "work history", "performance review",
            "performance rating", "performance score", "disciplinary", "disciplinary action", "termination reason",
            "reason for leaving", "grievance", "appraisal", "employer", "occupation", "profession");
        b.AddHead("Employment", "title", Reach.Person, Reach.Person, "job", "work", "position");

        // On a person the title is their job's; on a review or a comment, the heading its writer gave it.
        b.AddTopic("Communication", Topic.Review, false, "title");

        // What a person wrote in a review, wherever it is kept (a rating, a scrobble of what they read): its words, its
        // heading, and on a review or a rating its tagline.
        b.Add("Communication", Reach.Subject, "review body", "review text", "review title", "review content", "review headline", "review summary");
        b.AddExact("Communication", Reach.Subject, "review");
        b.AddTopic("Communication", Topic.Review, false, "tagline", "headline");

        b.Add("Education", Reach.Subject, "gpa", "grade point average", "education", "education level", "highest education", "field of study");
        b.Add("Education", Reach.Person, "school", "university", "college", "degree", "qualification", "diploma", "exam result");

        b.Add("Photo", Reach.Subject,
            "profile photo", "profile picture", "profile image", "profile pic", "avatar", "selfie", "headshot",
            "passport photo", "face photo");
        b.Add("Photo", Reach.Person, "photo", "picture", "portrait", "image", "photograph");

        // Chat services name a person's avatar by the id or hash of the image, held as text; a Guid or a number is a key.
        b.Add("Photo", Reach.Person, "avatar id");

        b.Add("Behavioral", Reach.Subject,
            "browsing history", "search history", "purchase history", "watch history", "viewing history",
            "listening history", "clickstream", "click stream", "browsing behavior", "browsing behaviour",
            "search term", "search query", "search text", "search phrase");
        b.Add("Behavioral", Reach.Person, "interest", "hobby", "order history", "visited page", "last visited page", "last visited url");

        // Preferences are a person's tastes; a language or a display preference is a setting of the application.
        b.AddHeadExcept("Behavioral", "preference", Reach.Person,
            "language", "audio", "subtitle", "display", "ui", "theme", "layout", "sort", "view", "format", "currency",
            "locale", "culture", "time", "zone", "timezone", "notification", "contact", "cookie", "privacy", "email", "sm", "item", "home");

        // An activity log's entries say what a person did (John signed in from 203.0.113.7).
        b.AddTopic("Behavioral", Topic.Activity, false, "name", "overview", "short overview", "description", "message", "summary", "detail");

        b.Add("Other", Reach.Person, "bio", "biography", "about me");

        // What staff write about a person on the person's record, and the text of a note kept about them.
        b.Add("Other", Reach.Person, "admin comment", "admin note", "staff note", "staff comment", "internal note", "internal comment");
        b.AddTopic("Other", Topic.PersonNote, false, "note", "text", "body", "content", "remark", "comment");
    }
}
