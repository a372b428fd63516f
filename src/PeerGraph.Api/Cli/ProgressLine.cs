namespace PeerGraph.Api.Cli;

/// <summary>Progress of long work: one line rewritten in place on a terminal, plain lines (every 10%) when output is redirected.</summary>
internal sealed class ProgressLine(string what, TextWriter output, bool interactive) : IProgress<int>
{
    private int _lastTenth = -1;

    public int Total { get; set; }

    public static ProgressLine ForConsole(string what) => new(what, Console.Out, !Console.IsOutputRedirected);

    public void Report(int value)
    {
        var percent = Total > 0 ? 100.0 * value / Total : 100.0;
        if (interactive)
        {
            output.Write($"\r{what}: {value:N0}/{Total:N0} ({percent:0}%)   ");
            if (value >= Total)
            {
                output.WriteLine();
            }
            return;
        }
        var tenth = (int)(percent / 10);
        if (tenth != _lastTenth)
        {
            _lastTenth = tenth;
            output.WriteLine($"{what}: {value:N0}/{Total:N0} ({percent:0}%)");
        }
    }
}
