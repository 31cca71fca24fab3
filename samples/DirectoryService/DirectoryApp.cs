using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using DirectoryService.Model;
using Dossier;
using Dossier.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DirectoryService;

/// <summary>
/// The sample's commands. <see cref="Program"/> runs them on the user's data folder; tests run them on a folder of
/// their own and read what they print and what they leave in the database.
/// </summary>
public static class DirectoryApp
{
    public const string DatabaseFileName = "directory.db";

    public const int Success = 0;
    public const int UnknownPerson = 1;
    public const int BadUsage = 2;
    public const int UnknownActivity = 3;

    private const string Usage = """
        Usage: dotnet run --project samples/DirectoryService [command]

          (no command)                seed the database, export one user, erase another, let one withdraw consent,
                                      show the raw rows and the inventory
          export <email>              write everything held about a user to a JSON file (GDPR Art. 15 and 20)
          erase <email>               erase a user's personal data and show what is left in the database (Art. 17)
          withdraw <email> <activity> the user withdraws consent to one processing activity, for example
                                      "Newsletter": erase what serves it alone, keep what others still need (Art. 7(3))
          inventory                   print the data inventory the build wrote (Art. 30)
          help                        show this text
        """;

    /// <summary>Runs one command against the database in <paramref name="dataDirectory"/>, creating both if needed.</summary>
    /// <returns>The process exit code: 0 on success, 1 for an unknown e-mail address, 2 for bad arguments, 3 for an undeclared processing activity.</returns>
    public static async Task<int> RunAsync(string[] args, string dataDirectory, TextWriter output)
    {
        var command = args.Length == 0 ? "demo" : args[0].ToLowerInvariant();
        switch (command, args.Length)
        {
            case ("help" or "-h" or "--help", 1):
                output.WriteLine(Usage);
                return Success;
            case ("inventory", 1):
                return Inventory(output);
            case ("demo", <= 1):
            case ("export" or "erase", 2):
            case ("withdraw", 3):
                break;
            default:
                output.WriteLine(command switch
                {
                    "export" or "erase" => $"error: '{command}' takes one e-mail address.",
                    "withdraw" => "error: 'withdraw' takes an e-mail address and the name of a processing activity.",
                    "inventory" or "demo" => $"error: '{command}' takes no arguments.",
                    _ => $"error: unknown command '{args[0]}'.",
                });
                output.WriteLine();
                output.WriteLine(Usage);
                return BadUsage;
        }

        // The audit trail: every export and erasure, and every read and write of an [Audited] member, printed as it
        // happens, under the name of whoever acts (here: the command) and why.
        PersonalDataAudit.Register(new PrintedAuditLog(output));
        try
        {
            using var scope = PersonalDataAudit.BeginScope(actor: "directory-cli", reason: command switch
            {
                "export" => "subject access request (Art. 15)",
                "erase" => "erasure request (Art. 17)",
                "withdraw" => "consent withdrawn (Art. 7(3))",
                _ => "demo",
            });
            return await RunCommandAsync(command, args, dataDirectory, output);
        }
        finally
        {
            PersonalDataAudit.Unregister();
        }
    }

    private static async Task<int> RunCommandAsync(string command, string[] args, string dataDirectory, TextWriter output)
    {
        Directory.CreateDirectory(dataDirectory);
        var keys = SampleKeys.LoadOrCreate(dataDirectory);
        var databasePath = Path.Combine(dataDirectory, DatabaseFileName);
        var directory = new DirectoryCommands(databasePath, keys, output);

        output.WriteLine("Dossier sample: a user directory on EF Core and SQLite");
        output.WriteLine();
        // The demo erases a seeded user on every run, so it puts them back first; the commands for trying things by
        // hand leave an erased user erased.
        await directory.OpenAsync(reseed: command == "demo");

        return command switch
        {
            "export" => await directory.ExportAsync(args[1], dataDirectory),
            "erase" => await directory.EraseAsync(args[1]),
            "withdraw" => await directory.WithdrawAsync(args[1], args[2]),
            _ => await DemoAsync(directory, dataDirectory, output),
        };
    }

    private static async Task<int> DemoAsync(DirectoryCommands directory, string dataDirectory, TextWriter output)
    {
        output.WriteLine($"1. Export: everything held about {SeedData.ExportedEmail} (GDPR Art. 15 and 20)");
        await directory.ExportAsync(SeedData.ExportedEmail, dataDirectory);
        await directory.ShowEncryptionAsync(SeedData.ExportedEmail);
        output.WriteLine();

        output.WriteLine($"2. Erase: {SeedData.ErasedEmail} asks to be forgotten (GDPR Art. 17)");
        var erased = await directory.EraseAsync(SeedData.ErasedEmail);
        output.WriteLine();

        output.WriteLine($"3. Withdraw consent: {SeedData.ExportedEmail} withdraws consent to '{Activities.Newsletter}' (GDPR Art. 7(3))");
        output.WriteLine("   Only what serves that activity alone is erased; the e-mail address serves other activities too and is kept.");
        var withdrawn = await directory.WithdrawAsync(SeedData.ExportedEmail, Activities.Newsletter);
        output.WriteLine();

        output.WriteLine("4. Inventory: the record of processing the build wrote (GDPR Art. 30)");
        Inventory(output, printContents: false);
        output.WriteLine();
        output.WriteLine("Try it by hand, for example:");
        output.WriteLine($"   dotnet run --project samples/DirectoryService -- export {SeedData.UntouchedEmail}");
        output.WriteLine($"   dotnet run --project samples/DirectoryService -- erase {SeedData.UntouchedEmail}");
        output.WriteLine($"   dotnet run --project samples/DirectoryService -- withdraw {SeedData.UntouchedEmail} {Activities.Newsletter}");
        output.WriteLine("   dotnet run --project samples/DirectoryService -- inventory");
        return erased != Success ? erased : withdrawn;
    }

    private static int Inventory(TextWriter output, bool printContents = true)
    {
        var path = InventoryPath;
        if (!File.Exists(path))
        {
            output.WriteLine($"   No inventory at {path} yet.");
            output.WriteLine("   Every build of a project that references Dossier writes it next to the assembly (with .json, .csv and .Activities.csv");
            output.WriteLine("   beside it): run 'dotnet build samples/DirectoryService' and look again.");
            return Success;
        }

        output.WriteLine($"   {path}");
        output.WriteLine($"   (and {Path.ChangeExtension(path, ".json")}, {Path.ChangeExtension(path, ".csv")}, {Path.ChangeExtension(path, ".Activities.csv")})");
        if (printContents)
        {
            output.WriteLine();
            output.WriteLine(File.ReadAllText(path));
        }

        return Success;
    }

    /// <summary>Where the build writes the Markdown inventory of this assembly.</summary>
    public static string InventoryPath =>
        Path.Combine(AppContext.BaseDirectory, typeof(DirectoryApp).Assembly.GetName().Name + ".PersonalData.md");

    /// <summary>The export file for <paramref name="email"/> in <paramref name="dataDirectory"/>.</summary>
    public static string ExportPath(string dataDirectory, string email) =>
        Path.Combine(dataDirectory, "exports", string.Concat(email.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '@' ? c : '_')) + ".json");
}
