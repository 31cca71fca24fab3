namespace DirectoryService.Model;

/// <summary>A company in the directory. It says nothing about a person, so nothing here is tagged.</summary>
public class Organization
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Domain { get; set; } = "";
}
