using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Tests.Seed;

public sealed class RecordValidatorTests
{
    private static readonly KnownReferences Known = new(
        new HashSet<string> { "role-clarity", "role-ambiguity" },
        new HashSet<string> { "peer-specialist", "client" },
        new HashSet<string> { "interviews" });

    private static StudyRecord Valid() => new(
        "alpha-2020", "A title", false, null, 2020, "2020-03-01", "10.1234/alpha", null,
        new JournalRecord("Journal of Tests", ["1234-5678"], null), null, null, null,
        ["Ada Lovelace"], "qualitative", ["interviews"], [new Setting("clinic", "A clinic", null)], null, "2019", "2019-06", [], 3,
        [new ParticipantRecord("peer-specialist", 8, null)],
        [new FindingRecord("alpha-2020/unclear-role", "role-ambiguity", ["peer-specialist"], ["client"], "Roles were unclear.", "lack of clarity")],
        new SourceDocument("source.txt", "test"));

    [Fact]
    public void A_valid_study_has_no_problems()
    {
        Assert.Empty(StudyRecordValidator.Validate(Valid(), Known));
    }

    [Fact]
    public void Study_problems_name_the_field_path_relative_to_the_record_with_a_code()
    {
        var finding = Valid().Findings[0] with { Id = "alpha-2020/Bad Slug", ThemeId = "role-clarty", PerspectiveIds = ["nurse"] };
        var study = Valid() with
        {
            Year = 1899,
            PublishedOn = "2020-02-30",
            Doi = "doi:10.1234/x",
            DataCollectedFrom = "2019-13",
            MethodIds = ["interviews", "surveys"],
            Participants = [new ParticipantRecord("client", 0, null)],
            Findings = [finding],
        };

        var problems = StudyRecordValidator.Validate(study, Known).ToDictionary(p => p.JsonPath);

        Assert.Equal("expected a year between 1900 and " + ValueRules.MaxYear + ", got 1899", problems["$.year"].Message);
        Assert.Equal("expected a real date YYYY-MM-DD, got '2020-02-30'", problems["$.publishedOn"].Message);
        Assert.Equal("expected a DOI like 10.NNNN/suffix, got 'doi:10.1234/x'", problems["$.doi"].Message);
        Assert.Equal("expected YYYY, YYYY-MM or YYYY-MM-DD, got '2019-13'", problems["$.dataCollectedFrom"].Message);
        Assert.Equal(RecordProblemCode.NotFound, problems["$.methods[1]"].Code);
        Assert.Equal("expected a positive integer or null, got 0", problems["$.participants[0].count"].Message);
        Assert.Equal("expected 'alpha-2020/<slug>', got 'alpha-2020/Bad Slug'", problems["$.findings[0].id"].Message);
        Assert.Equal("unknown theme 'role-clarty'", problems["$.findings[0].theme"].Message);
        Assert.Equal("unknown group 'nurse'", problems["$.findings[0].perspectives[0]"].Message);
        Assert.Equal(9, problems.Count);
    }

    [Fact]
    public void A_data_collection_period_that_ends_before_it_starts_is_rejected()
    {
        var problem = Assert.Single(StudyRecordValidator.Validate(Valid() with { DataCollectedFrom = "2019-06", DataCollectedTo = "2018" }, Known));

        Assert.Equal("$.dataCollectedTo", problem.JsonPath);
    }

    [Fact]
    public void The_same_finding_id_twice_is_a_conflict()
    {
        var study = Valid();
        var problem = Assert.Single(StudyRecordValidator.Validate(study with { Findings = [study.Findings[0], study.Findings[0] with { ThemeId = "role-clarity" }] }, Known));

        Assert.Equal(("$.findings[1].id", RecordProblemCode.Conflict), (problem.JsonPath, problem.Code));
    }

    private static readonly Dictionary<string, string?> Taxonomy = new()
    {
        ["role-clarity"] = null,
        ["role-ambiguity"] = "role-clarity",
        ["role-drift"] = "role-ambiguity",
    };

    [Fact]
    public void A_theme_with_an_unknown_parent_is_not_found()
    {
        var problem = Assert.Single(ThemeValidator.Validate(new Theme("stigma", "Stigma", null, "stigmas"), Taxonomy));

        Assert.Equal(("$.parent", "unknown theme 'stigmas'", RecordProblemCode.NotFound), (problem.JsonPath, problem.Message, problem.Code));
    }

    [Fact]
    public void Reparenting_a_theme_under_its_own_descendant_is_rejected_and_names_the_cycle()
    {
        var problem = Assert.Single(ThemeValidator.Validate(new Theme("role-clarity", "Role clarity", null, "role-drift"), Taxonomy));

        Assert.Equal(("$.parent", RecordProblemCode.Conflict), (problem.JsonPath, problem.Code));
        Assert.Equal("parent 'role-drift' would make a cycle: role-clarity -> role-drift -> role-ambiguity -> role-clarity", problem.Message);
    }

    [Fact]
    public void A_theme_that_is_its_own_parent_is_a_cycle()
    {
        var problem = Assert.Single(ThemeValidator.Validate(new Theme("stigma", "Stigma", null, "stigma"), Taxonomy));

        Assert.Equal("parent 'stigma' would make a cycle: stigma -> stigma", problem.Message);
    }

    [Fact]
    public void A_theme_id_that_is_not_a_slug_and_an_empty_name_are_both_reported()
    {
        var problems = ThemeValidator.Validate(new Theme("Role_Clarity", " ", null, null), Taxonomy);

        Assert.Equal(["$.id", "$.name"], problems.Select(p => p.JsonPath));
    }
}
