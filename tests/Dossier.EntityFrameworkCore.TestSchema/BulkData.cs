using System.Collections.Generic;
using Dossier;

namespace Dossier.EntityFrameworkCore.TestSchema;

// A subject with thousands of rows in ten tables, five that refer to it and five that refer to those, to count the
// queries loading it takes and to time it.

/// <summary>The data subject.</summary>
[DataSubject]
public partial class BulkOwner
{
    public int Id { get; set; }

    [PersonalData(DataCategory.Name)]
    public string? Name { get; set; }
}

/// <summary>What every bulk table holds: a key to its parent row and one personal value. Not an entity type itself.</summary>
public abstract partial class BulkRow
{
    public int Id { get; set; }

    public int ParentId { get; set; }

    [PersonalData(DataCategory.Other)]
    public string? Text { get; set; }
}

/// <summary>Refers to the owner.</summary>
public partial class Near1 : BulkRow
{
}

/// <summary>Refers to the owner.</summary>
public partial class Near2 : BulkRow
{
}

/// <summary>Refers to the owner.</summary>
public partial class Near3 : BulkRow
{
}

/// <summary>Refers to the owner.</summary>
public partial class Near4 : BulkRow
{
}

/// <summary>Refers to the owner.</summary>
public partial class Near5 : BulkRow
{
}

/// <summary>Refers to a <see cref="Near1"/>, two keys from the owner.</summary>
public partial class Far1 : BulkRow
{
}

/// <summary>Refers to a <see cref="Near2"/>, two keys from the owner.</summary>
public partial class Far2 : BulkRow
{
}

/// <summary>Refers to a <see cref="Near3"/>, two keys from the owner.</summary>
public partial class Far3 : BulkRow
{
}

/// <summary>Refers to a <see cref="Near4"/>, two keys from the owner.</summary>
public partial class Far4 : BulkRow
{
}

/// <summary>Refers to a <see cref="Near5"/>, two keys from the owner.</summary>
public partial class Far5 : BulkRow
{
}

/// <summary>The bulk tables' context.</summary>
public sealed class BulkContext(Microsoft.EntityFrameworkCore.DbContextOptions<BulkContext> options) : Microsoft.EntityFrameworkCore.DbContext(options)
{
    /// <summary>The tables that refer to the owner, then those that refer to them, in the same order.</summary>
    public static readonly System.Type[] NearTypes = [typeof(Near1), typeof(Near2), typeof(Near3), typeof(Near4), typeof(Near5)];

    public static readonly System.Type[] FarTypes = [typeof(Far1), typeof(Far2), typeof(Far3), typeof(Far4), typeof(Far5)];

    protected override void OnModelCreating(Microsoft.EntityFrameworkCore.ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BulkOwner>();
        for (var i = 0; i < NearTypes.Length; i++)
        {
            modelBuilder.Entity(NearTypes[i]).HasOne(typeof(BulkOwner)).WithMany().HasForeignKey(nameof(BulkRow.ParentId));
            modelBuilder.Entity(FarTypes[i]).HasOne(NearTypes[i]).WithMany().HasForeignKey(nameof(BulkRow.ParentId));
        }
    }

    /// <summary>Adds owners named after <paramref name="name"/>, each with <paramref name="rowsPerTable"/> rows in every table; returns the first owner's id.</summary>
    public int Seed(int owners, int rowsPerTable, string name = "owner")
    {
        var first = 0;
        for (var owner = 0; owner < owners; owner++)
        {
            var subject = new BulkOwner { Name = $"{name}-{owner}" };
            Add(subject);
            SaveChanges();
            first = first == 0 ? subject.Id : first;
            for (var t = 0; t < NearTypes.Length; t++)
            {
                var near = new List<BulkRow>();
                for (var r = 0; r < rowsPerTable; r++)
                {
                    var row = (BulkRow)System.Activator.CreateInstance(NearTypes[t])!;
                    row.ParentId = subject.Id;
                    row.Text = $"{name}-{owner}-near{t}-{r}";
                    near.Add(row);
                }

                AddRange(near);
                SaveChanges();
                var far = new List<BulkRow>();
                foreach (var parent in near)
                {
                    var row = (BulkRow)System.Activator.CreateInstance(FarTypes[t])!;
                    row.ParentId = parent.Id;
                    row.Text = parent.Text + "-far";
                    far.Add(row);
                }

                AddRange(far);
                SaveChanges();
            }

            ChangeTracker.Clear();
        }

        return first;
    }
}
