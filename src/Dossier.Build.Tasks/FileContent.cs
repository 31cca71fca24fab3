namespace Dossier.Build.Tasks;

/// <summary>Byte comparison, so that a file whose content is unchanged is not written again (and keeps its timestamp).</summary>
internal static class FileContent
{
    public static bool Same(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }
}
