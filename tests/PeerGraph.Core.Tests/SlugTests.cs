using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Tests;

public sealed class SlugTests
{
    [Theory]
    [InlineData("Sarah N. Mourra", "sarah-n-mourra")]
    [InlineData("Community Mental Health Journal", "community-mental-health-journal")]
    [InlineData("  Élodie  Müller ", "elodie-muller")]
    public void Slug_from_a_name_is_lower_case_kebab(string name, string expected) =>
        Assert.Equal(expected, Slug.From(name));

    [Theory]
    [InlineData("Study:holding-hope-2019", true)]
    [InlineData("Theme:role-clarity", true)]
    [InlineData("Nope:x", false)]
    [InlineData("study:x", false)]
    [InlineData("Study:", false)]
    [InlineData("no-colon", false)]
    public void Global_ids_parse_only_with_a_known_type_name(string id, bool valid) =>
        Assert.Equal(valid, GlobalId.TryParse(id, out _));
}
