using System.Diagnostics;

namespace ParallelEvm.Node.Commands;

/// <summary>
/// The process's peak working set over one stretch of work. On Linux the peak (VmHWM) can be reset by writing 5 to
/// /proc/self/clear_refs (proc(5), since Linux 4.0), so the peak is that of the measured run alone; elsewhere the
/// peak since the process started is the best available, and <see cref="SinceReset"/> says so.
/// </summary>
sealed class PeakWorkingSet
{
    const string ClearRefs = "/proc/self/clear_refs";
    const string Status = "/proc/self/status";

    public bool SinceReset { get; private set; }

    /// <summary>Starts a new measuring stretch.</summary>
    public void Reset()
    {
        try
        {
            File.WriteAllText(ClearRefs, "5");
            SinceReset = true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            SinceReset = false;
        }
    }

    /// <summary>The peak in bytes since <see cref="Reset"/> (or since the process started when it could not reset).</summary>
    public long Read()
    {
        if (SinceReset && ReadVmHwm() is { } bytes) return bytes;
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    static long? ReadVmHwm()
    {
        try
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.TryParse(kb, out var n) ? n * 1024 : null;
            }
        }
        catch (IOException) { }
        return null;
    }
}
