using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>The answer cache's limit counts records, not answers: a page of studies weighs what it holds.</summary>
public sealed class KeptAnswersWeightTests
{
    [Fact]
    public void An_answer_counts_one_plus_the_records_it_holds()
    {
        var study = new Study("s", "t", false, null, 2020, null, null, null, null, null, null, null, null, null, null, null, [], null, new SourceDocument("f", null));
        var page = new StudyPage([.. Enumerable.Range(0, 20).Select(i => new StudyPageItem(study, new StudyCursor(StudyOrder.YearDesc, 2020, null, $"s{i}")))], true, false, null);

        Assert.Equal(21, KeptAnswers.WeightOf(page));
        Assert.Equal(7, KeptAnswers.WeightOf(new List<string> { "a", "b", "c", "d", "e", "f" }));
        Assert.Equal(4, KeptAnswers.WeightOf(new[] { 1, 2, 3 }));
        Assert.Equal(1, KeptAnswers.WeightOf(study));
        Assert.Equal(1, KeptAnswers.WeightOf(null));
    }
}
