using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PeerGraph.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PeerGraph.Browser.Tests;

/// <summary>GraphiQL at GET /graphql in a browser: the README's questions as tabs, running one, the schema link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphiQLTests(ExplorerFixture fixture)
{
    [Fact]
    public async Task Opens_with_the_README_questions_and_runs_one()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/graphql");
        var tabs = page.Locator(".graphiql-tab");
        await Expect(tabs).ToHaveCountAsync(6);
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("Which studies sampled supervisors?");

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Execute query") }).ClickAsync();
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"totalCount\": 2");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "schema.graphql" })).ToHaveAttributeAsync("href", "/graphql/schema.graphql");
        await browser.ScreenshotAsync("graphiql");

        // The mutation example names the Authorization header in its headers editor.
        await tabs.Nth(5).ClickAsync();
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("upsertTheme");
    }

    [Fact]
    public async Task A_shared_link_with_a_query_opens_it_in_its_own_tab()
    {
        await using var browser = await BrowserPage.OpenAsync(fixture);
        var page = browser.Page;
        await page.GotoAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { studies } }"));
        await Expect(page.Locator(".graphiql-tab")).ToHaveCountAsync(7);
        await Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("stats");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Execute query") }).ClickAsync();
        await Expect(page.Locator(".graphiql-response")).ToContainTextAsync("\"studies\": 5");
    }
}
