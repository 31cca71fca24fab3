using System;
using System.Collections.Generic;

namespace Dossier.Generators.Analyzers.Untagged;

/// <summary>
/// The kinds of personal data that community and multi-tenant applications keep about their members: the tag that
/// tells one chat handle from another, what moderators write about a person, the account a tenant is created with.
/// </summary>
internal sealed partial class PersonalDataClassifier
{
    // Words that make a record an action taken against a person for what they did (a ban, an infraction, a suspension).
    private static readonly HashSet<string> ModerationWords = new(StringComparer.Ordinal)
    {
        "ban", "infraction", "moderation", "sanction", "suspension", "punishment",
    };

    // Words of a type that is the tenant or the organisation a first administrator's account is created with.
    private static readonly HashSet<string> AdministeredWords = new(StringComparer.Ordinal)
    {
        "tenant", "organization", "organisation", "company", "workspace",
    };

    // What an administrator signs in with, and the category each is.
    private static readonly Dictionary<string, string> AdministratorAccountWords = new(StringComparer.Ordinal)
    {
        ["email"] = "Email", ["email address"] = "Email", ["password"] = "Credential", ["phone"] = "Phone",
        ["phone number"] = "Phone", ["first name"] = "Name", ["last name"] = "Name", ["full name"] = "Name",
    };

    // The words of a member that is a picture or the link to one (ImageUrl, PhotoPath, AvatarUri).
    private static readonly HashSet<string> PictureLinkWords = new(StringComparer.Ordinal)
    {
        "image", "photo", "picture", "avatar", "url", "uri", "link", "path",
    };

    // The words of a type that runs a search now (a query, a filter), rather than keeps what someone searched.
    private static readonly HashSet<string> SearchInputTypeWords = new(StringComparer.Ordinal)
    {
        "query", "filter", "criteria", "criterion", "refine", "search", "parameter",
    };

    // The reason written for a ban, an infraction or a suspension is what a moderator wrote about the person it is
    // against. A refund's or a failed job's reason is about the refund or the job.
    private Classification? ModerationReason(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count == 0 || words[words.Count - 1] != "reason" || shape.Kind != MemberShapeKind.Text || shape.IsKeyType)
        {
            return null;
        }

        if (words.Find(ModerationWords.Contains) is { } named)
        {
            return new Classification("Other", $"the name says '{string.Join(" ", words)}': the reason for a '{named}' is what was written about the person it is against");
        }

        return WordsOf(context.TypeName).Find(ModerationWords.Contains) is { } action
            ? new Classification("Other", $"the name says 'reason' and '{context.TypeName}' is a '{action}' against a person: the reason is what was written about them")
            : null;
    }

    // Chat services tell people with the same user name apart by a short tag after it (name#1234): beside a Username the
    // Discriminator is part of the person's handle. The Discriminator column of a class hierarchy has no user name beside it.
    private static Classification? HandleDiscriminator(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count == 0 || words.Count > 2 || words[0] != "discriminator" || (words.Count == 2 && words[1] != "value") ||
            !((shape.Kind == MemberShapeKind.Text && !shape.IsKeyType) || shape.Kind == MemberShapeKind.Number) ||
            context.Kind is not (TypeContextKind.Person or TypeContextKind.Neutral) || context.Members?.UserNameAnchor is not { } userName)
        {
            return null;
        }

        return new Classification("OnlineIdentifier", $"the name says 'discriminator' and '{userName}' beside it: with the user name it tells one person's handle from another's");
    }

    // The administrator a tenant or an organisation is created with is a person: AdminEmail and AdminPassword there are
    // the e-mail and the password of their account, not a mailbox of the system.
    private Classification? AdministratorsAccount(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count < 2 || words.Count > 3 || words[0] is not ("admin" or "administrator") || shape.Kind != MemberShapeKind.Text || shape.IsKeyType ||
            !AdministratorAccountWords.TryGetValue(string.Join(" ", words.GetRange(1, words.Count - 1)), out var category))
        {
            return null;
        }

        var administered = WordsOf(context.TypeName).Find(AdministeredWords.Contains);
        return administered is null
            ? null
            : new Classification(category, $"the name says '{string.Join(" ", words)}' and '{context.TypeName}' is about a '{administered}': its administrator is a person");
    }

    // On a type about a person's profile picture (an UpdateProfilePhotoRequest, an AvatarUploadResult), the image or
    // the link to it is that picture.
    private Classification? ProfilePictureLink(List<string> words, MemberShape shape, TypeContext context)
    {
        if (words.Count == 0 || shape.Kind != MemberShapeKind.Text || shape.IsKeyType || !words.TrueForAll(PictureLinkWords.Contains) ||
            context.Kind is not (TypeContextKind.Person or TypeContextKind.Neutral))
        {
            return null;
        }

        var typeWords = WordsOf(context.TypeName);
        for (var i = 0; i < typeWords.Count; i++)
        {
            if (typeWords[i] == "avatar" || (typeWords[i] == "profile" && i + 1 < typeWords.Count && typeWords[i + 1] is "image" or "photo" or "picture" or "pic"))
            {
                return new Classification("Photo", $"the name says '{string.Join(" ", words)}' and '{context.TypeName}' is about a person's profile picture");
            }
        }

        return null;
    }

    // A message's Headers (plural) are the protocol's name/value pairs (Content-Type, X-Mailer), not a heading someone wrote.
    private static bool IsProtocolHeaders(string memberName, List<string> words) =>
        words.Count > 0 && words[words.Count - 1] == "header" && memberName.EndsWith("headers", StringComparison.OrdinalIgnoreCase);

    // The term of a search being run (a ListTeamsQuery's SearchTerm, a filter's) is the input of the request, not a
    // history of what someone searched for; on a log or a history it is.
    private bool IsSearchInput(List<string> words, TypeContext context)
    {
        if (!words.Contains("search") || words[words.Count - 1] is not ("term" or "query" or "text" or "phrase"))
        {
            return false;
        }

        var typeWords = WordsOf(context.TypeName);
        return typeWords.Exists(SearchInputTypeWords.Contains) && !typeWords.Exists(ContextWords.LogTypeHeads.Contains) && !typeWords.Contains("saved");
    }
}
