namespace PeerGraph.Api.Cli;

/// <summary>Progress of long work: one line rewritten in place on a terminal, plain lines (every 10%) when output is redirected.</summary>
internal sealed class ProgressLine(string what, TextWriter output, bool interactive) : IProgress<int>
{
    private int _lastTenth = -1;

    public int Total { get; set; }

    /// <summary>Rewritten in place only when <paramref name="output"/> is the console and the console is a terminal.</summary>
    public static ProgressLine For(string what, TextWriter output) => new(what, output, output == Console.Out && !Console.IsOutputRedirected);

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
