namespace NewsBot.Benchmarks.Measurement;

// The memory of the measuring process: its peak and current resident set, and what the GC holds and has handed out.
internal sealed record MemoryStats(double PeakResidentMb, double ResidentMb, double GcHeapMb, double AllocatedMb, int Gen0, int Gen1, int Gen2)
{
    private const double Mb = 1024 * 1024;

    public static MemoryStats Now()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo();
        return new MemoryStats(
            process.PeakWorkingSet64 / Mb,
            process.WorkingSet64 / Mb,
            gc.HeapSizeBytes / Mb,
            GC.GetTotalAllocatedBytes() / Mb,
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2));
    }

    public static TimeSpan ProcessorTime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
