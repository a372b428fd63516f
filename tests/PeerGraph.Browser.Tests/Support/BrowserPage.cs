using Microsoft.Playwright;

namespace PeerGraph.Browser.Tests.Support;

/// <summary>
/// A fresh browser context and page for one test, recording console errors, page errors and failed requests; disposing
/// it asserts there were none.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];

    private BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _problems.Add($"console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Add($"page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _problems.Add($"HTTP {response.Status} for {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Drops console errors containing <paramref name="text"/> (for a test that provokes them).</summary>
    public void IgnoreConsole(string text) => _problems.RemoveAll(problem => problem.Contains(text, StringComparison.Ordinal));

    public static async Task<BrowserPage> OpenAsync(ExplorerFixture fixture, int width = 1280, int height = 800)
    {
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? "");
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(20_000);
        return new BrowserPage(context, await context.NewPageAsync());
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ExplorerFixture.ScreenshotDir, name + ".png"), FullPage = false });

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        Assert.True(_problems.Count == 0, "the page reported problems:\n" + string.Join("\n", _problems));
    }
}
