using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeerGraph.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PeerGraph.Browser.Tests;

/// <summary>The explorer's pages, used as a person uses them, in Chromium against the service on the curated seed.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerPagesTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Studies_page_lists_the_seed_and_filters_by_sampled_group()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/");
        await Expect(page.GetByText("5 studies match; showing 5.")).ToBeVisibleAsync();
        await Expect(page.Locator(".study-list > li")).ToHaveCountAsync(5);
        await browser.ScreenshotAsync("studies");

        await page.GetByLabel("Sampled group").SelectOptionAsync(new SelectOptionValue { Label = "Supervisor" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("group=StakeholderGroup%3Asupervisor"));
        await Expect(page.GetByText("2 studies match; showing 2.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Search_shows_hits_with_the_match_highlighted_and_opens_a_theme()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/map");
        await page.GetByLabel("Search studies, findings and themes").FillAsync("trust");
        await page.GetByLabel("Search studies, findings and themes").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q=trust$"));
        var hits = page.GetByRole(AriaRole.List, new() { Name = "Search results" }).Locator("> li");
        await Expect(hits.First).ToBeVisibleAsync();
        Assert.True(await hits.CountAsync() >= 3);
        await Expect(page.Locator(".hits mark").First).ToHaveTextAsync(new Regex("^trust", RegexOptions.IgnoreCase));
        await Expect(page.Locator(".hits .kind-Finding").First).ToBeVisibleAsync();
        await Expect(page.Locator(".hits .kind-Study").First).ToBeVisibleAsync();
        await browser.ScreenshotAsync("search");

        await page.GetByRole(AriaRole.Link, new() { Name = "Relationship and trust building" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Relationship and trust building", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_empty_search_says_nothing_matches()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        await browser.Page.GotoAsync("/search?q=zzxqvw");
        await Expect(browser.Page.GetByText("Nothing matches “zzxqvw”")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Study_page_shows_the_citation_findings_with_evidence_and_related_studies()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pushing, Patience, and Persistence" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/studies/pushing-patience-persistence-2014$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Pushing, Patience, and Persistence");
        await Expect(page.Locator(".citation")).ToContainTextAsync("Sarah N. Mourra");
        await Expect(page.Locator(".citation")).ToContainTextAsync("2014");
        var doi = page.Locator(".citation a[href^='https://doi.org/']");
        await Expect(doi).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Abstract" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Participants" })).ToBeVisibleAsync();

        var firstFinding = page.Locator(".finding").First;
        await Expect(firstFinding.Locator("blockquote")).ToBeVisibleAsync();
        await Expect(firstFinding.Locator("figcaption")).ToContainTextAsync("Source document:");
        await Expect(firstFinding).ToContainTextAsync("From the perspective of");
        await Expect(page.Locator("section[aria-labelledby='related'] li").First).ToContainTextAsync("shares");
        await browser.ScreenshotAsync("study");

        // A finding's theme link leads to the theme page.
        await firstFinding.Locator(".finding-meta a[href^='/themes/']").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/themes/"));
    }

    [Fact]
    public async Task Theme_page_shows_parent_subthemes_findings_by_perspective_and_cooccurring_themes()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/themes/relationship-and-trust");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Relationship and trust building", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby='subthemes'] li")).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^From the perspective of Peer specialist") })).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby='cooccurring'] li").First).ToContainTextAsync("shared");
        await browser.ScreenshotAsync("theme");

        await page.Locator("section[aria-labelledby='subthemes']").GetByRole(AriaRole.Link, new() { Name = "Empathic presence" }).ClickAsync();
        await Expect(page.Locator(".breadcrumb")).ToContainTextAsync("Subtheme of Relationship and trust building");
    }

    [Fact]
    public async Task Group_page_shows_findings_from_and_about_it_and_the_studies_that_sampled_it()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/groups/peer-specialist");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Peer specialist", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Findings from its perspective \([1-9]\d* stud") })).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby='from'] .finding").First.Locator("blockquote")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Findings about it" })).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby='about']")).ToContainTextAsync(new Regex(@"[1-9]\d* findings? (is|are) about this group"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Studies that sampled it \([1-9]\d*\)") })).ToBeVisibleAsync();
        await Expect(page.Locator("section[aria-labelledby='sampled'] li").First).ToContainTextAsync("participants");
        await Expect(page.Locator("section[aria-labelledby='about'] .finding").First.Locator("blockquote")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("group");
    }

    [Theory]
    [InlineData("/studies/no-such-study", "No such study")]
    [InlineData("/themes/no-such-theme", "No such theme")]
    [InlineData("/groups/no-such-group", "No such stakeholder group")]
    [InlineData("/graph?node=Study:no-such-study", "No such node")]
    public async Task An_unknown_id_gets_a_page_that_says_so(string path, string heading)
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        await browser.Page.GotoAsync(path);
        await Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        if (path.StartsWith("/studies/", StringComparison.Ordinal))
        {
            await browser.ScreenshotAsync("not-found");
        }
    }

    [Fact]
    public async Task Only_the_explorers_routes_answer_with_its_page_and_others_are_404()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var request = browser.Page.APIRequest;
        foreach (var path in new[] { "/", "/studies/x", "/themes/x", "/groups/x", "/map", "/graph", "/network", "/paths", "/search?q=x" })
        {
            var response = await request.GetAsync(path);
            Assert.Equal(200, response.Status);
            Assert.Contains("<div id=\"root\">", await response.TextAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(404, (await request.GetAsync("/no/such/page")).Status);
        Assert.Equal("Healthy", await (await request.GetAsync("/health/live")).TextAsync());
    }

    [Fact]
    public async Task With_the_API_down_the_page_says_so()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.RouteAsync("**/graphql", route => route.AbortAsync("connectionrefused"));
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The PeerGraph API is not answering");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await browser.ScreenshotAsync("api-down");
        // Chromium logs the refused request itself; that is the point of this test.
        browser.IgnoreConsole("net::ERR_CONNECTION_REFUSED");
    }

    [Fact]
    public async Task Works_at_phone_width_without_horizontal_scrolling()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture, 390, 844);
        var page = browser.Page;
        foreach (var path in new[] { "/", "/studies/pushing-patience-persistence-2014", "/groups/client" })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"{path} scrolls sideways at 390 px");
        }
        await page.GotoAsync("/studies/pushing-patience-persistence-2014");
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await browser.ScreenshotAsync("study-phone");
    }

    [Fact]
    public async Task Keyboard_reaches_the_skip_link_the_navigation_and_the_search_with_visible_focus()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/");
        await Expect(page.Locator(".study-list > li").First).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "PeerGraph", Exact = true })).ToBeFocusedAsync();
        for (var i = 0; i < 7; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await Expect(page.GetByLabel("Search studies, findings and themes")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("supervis");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/search\\?q=supervis$"));
        await Expect(page.Locator(".hits > li").First).ToBeVisibleAsync();
    }
}
