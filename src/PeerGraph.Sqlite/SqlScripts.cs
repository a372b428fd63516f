using System.Reflection;

namespace PeerGraph.Sqlite;

/// <summary>
/// Scripts and statements kept as embedded .sql files (Sql/, one statement per file under Sql/Statements/). Here the
/// write path's; the reads by the store file that runs them, in SqlScripts.{Records,Relationships,Questions,Paths,Schema,Search}.cs.
/// </summary>
internal static partial class SqlScripts
{
    public static string DeleteAll { get; } = Read("DeleteAll.sql");
    public static string CountTriggers { get; } = Read("CountTriggers.sql");
    public static string DropCountTriggers { get; } = Read("DropCountTriggers.sql");

    public static string AddStudyToEvidenceCells { get; } = Read("AddStudyToEvidenceCells.sql");
    public static string AddStudyToThemeRollups { get; } = Read("AddStudyToThemeRollups.sql");
    public static string AddStudyToCounts { get; } = Read("AddStudyToCounts.sql");
    public static string DeleteEmptyEvidenceCells { get; } = Read("DeleteEmptyEvidenceCells.sql");
    public static string DeleteEvidenceCellsOfThemes { get; } = Read("DeleteEvidenceCellsOfThemes.sql");
    public static string InsertEvidenceCellsOfThemes { get; } = Read("InsertEvidenceCellsOfThemes.sql");
    public static string DeleteThemeRollupsOfThemes { get; } = Read("DeleteThemeRollupsOfThemes.sql");
    public static string InsertThemeRollupsOfThemes { get; } = Read("InsertThemeRollupsOfThemes.sql");
    public static string ThemeWithAncestors { get; } = Read("ThemeWithAncestors.sql");
    public static string ParentOfTheme { get; } = Read("ParentOfTheme.sql");
    public static string LinkedRecordsOfStudy { get; } = Read("LinkedRecordsOfStudy.sql");
    public static string DeleteOrphanJournals { get; } = Read("DeleteOrphanJournals.sql");
    public static string DeleteOrphanAuthors { get; } = Read("DeleteOrphanAuthors.sql");
    public static string DeleteOrphanSettings { get; } = Read("DeleteOrphanSettings.sql");
    public static string SearchDocKeysOfStudy { get; } = Read("SearchDocKeysOfStudy.sql");
    public static string DeleteSearchDoc { get; } = Read("DeleteSearchDoc.sql");
    public static string DeleteSearchDocOfTheme { get; } = Read("DeleteSearchDocOfTheme.sql");
    public static string InsertStudySearchDoc { get; } = Read("InsertStudySearchDoc.sql");
    public static string InsertFindingSearchDoc { get; } = Read("InsertFindingSearchDoc.sql");
    public static string InsertThemeSearchDoc { get; } = Read("InsertThemeSearchDoc.sql");
    public static string GraphCounts { get; } = Read("GraphCounts.sql");
    public static string StudyThemeRows { get; } = Read("StudyThemeRows.sql");
    public static string ReadGeneration { get; } = Read("ReadGeneration.sql");
    public static string BumpGeneration { get; } = Read("BumpGeneration.sql");
    public static string BulkLoadCacheSize { get; } = Read("BulkLoadCacheSize.sql");
    public static string WriteCacheSize { get; } = Read("WriteCacheSize.sql");
    public static string SynchronousFull { get; } = Read("SynchronousFull.sql");
    public static string FillStudySearchDocs { get; } = Read("FillStudySearchDocs.sql");
    public static string FillFindingSearchDocs { get; } = Read("FillFindingSearchDocs.sql");
    public static string SecondaryIndexes { get; } = Read("SecondaryIndexes.sql");
    public static string InsertEvidenceCell { get; } = Read("InsertEvidenceCell.sql");
    public static string InsertThemeRollup { get; } = Read("InsertThemeRollup.sql");
    public static string SetGraphCountsOfLoad { get; } = Read("SetGraphCountsOfLoad.sql");
    public static string UseRollbackJournal { get; } = Read("UseRollbackJournal.sql");
    public static string CheckpointTruncate { get; } = Read("CheckpointTruncate.sql");

    public static string InsertGroup { get; } = Read("InsertGroup.sql");
    public static string UpsertTheme { get; } = Read("UpsertTheme.sql");
    public static string PlaceNewThemeLast { get; } = Read("PlaceNewThemeLast.sql");
    public static string InsertMethod { get; } = Read("InsertMethod.sql");
    public static string UpsertJournal { get; } = Read("UpsertJournal.sql");
    public static string InsertStudy { get; } = Read("InsertStudy.sql");
    public static string InsertAuthor { get; } = Read("InsertAuthor.sql");
    public static string InsertAuthored { get; } = Read("InsertAuthored.sql");
    public static string InsertStudyMethod { get; } = Read("InsertStudyMethod.sql");
    public static string UpsertSetting { get; } = Read("UpsertSetting.sql");
    public static string InsertStudySetting { get; } = Read("InsertStudySetting.sql");
    public static string InsertParticipation { get; } = Read("InsertParticipation.sql");
    public static string InsertFinding { get; } = Read("InsertFinding.sql");
    public static string InsertFindingPerspective { get; } = Read("InsertFindingPerspective.sql");
    public static string InsertFindingAbout { get; } = Read("InsertFindingAbout.sql");
    public static string InsertStudyTheme { get; } = Read("InsertStudyTheme.sql");
    public static string DeleteStudy { get; } = Read("DeleteStudy.sql");

    /// <summary>A seed load's statements of many rows (SqliteRecordWriter.Load.cs).</summary>
    public static string InsertStudy32Rows { get; } = Read("InsertStudy32Rows.sql");
    public static string InsertAuthor32Rows { get; } = Read("InsertAuthor32Rows.sql");
    public static string InsertAuthored32Rows { get; } = Read("InsertAuthored32Rows.sql");
    public static string InsertStudyMethod32Rows { get; } = Read("InsertStudyMethod32Rows.sql");
    public static string InsertStudySetting32Rows { get; } = Read("InsertStudySetting32Rows.sql");
    public static string InsertParticipation32Rows { get; } = Read("InsertParticipation32Rows.sql");
    public static string InsertFinding32Rows { get; } = Read("InsertFinding32Rows.sql");
    public static string InsertFindingPerspective32Rows { get; } = Read("InsertFindingPerspective32Rows.sql");
    public static string InsertFindingAbout32Rows { get; } = Read("InsertFindingAbout32Rows.sql");
    public static string InsertStudyTheme32Rows { get; } = Read("InsertStudyTheme32Rows.sql");

    /// <summary>A seed load's side database (LoadSideDatabase.cs).</summary>
    public static string LoadSideSettings { get; } = Read("LoadSideSettings.sql");
    public static string CopyLoadSideTables { get; } = Read("CopyLoadSideTables.sql");
    public static string AttachLoadSide { get; } = Read("AttachLoadSide.sql");
    public static string DetachLoadSide { get; } = Read("DetachLoadSide.sql");
    public static string ForeignKeysOff { get; } = Read("ForeignKeysOff.sql");
    public static string ForeignKeysOn { get; } = Read("ForeignKeysOn.sql");
    public static string LoadSideTables { get; } = Read("LoadSideTables.sql");
    public static string ThemeNumbers { get; } = Read("ThemeNumbers.sql");
    public static string StudyRowidsFollowLoadOrder { get; } = Read("StudyRowidsFollowLoadOrder.sql");
    public static string InsertLoadStudyTheme { get; } = Read("InsertLoadStudyTheme.sql");
    public static string InsertLoadStudyTheme32Rows { get; } = Read("InsertLoadStudyTheme32Rows.sql");

    public static string StoredStudyRow { get; } = Read("StoredStudyRow.sql");
    public static string StoredStudyParts { get; } = Read("StoredStudyParts.sql");
    public static string JournalMergeChangesNothing { get; } = Read("JournalMergeChangesNothing.sql");
    public static string UpdateStudyRow { get; } = Read("UpdateStudyRow.sql");

    /// <summary>SqliteMaintenance.cs: a backup copy made one file, then checked.</summary>
    public static string JournalModeDelete { get; } = Read("JournalModeDelete.sql");
    public static string IntegrityCheck { get; } = Read("IntegrityCheck.sql");

    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeerGraph.Sqlite.Sql." + name)
            ?? throw new InvalidOperationException($"missing embedded script {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
