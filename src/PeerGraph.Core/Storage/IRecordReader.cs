using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Storage;

/// <summary>Records by id (many at once) and the whole, small lists of the contract.</summary>
public interface IRecordReader
{
    // By id: the records found, in no particular order; unknown ids are left out.
    Task<IReadOnlyList<Study>> GetStudiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Finding>> GetFindingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Theme>> GetThemesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<StakeholderGroup>> GetGroupsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Journal>> GetJournalsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Author>> GetAuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Method>> GetMethodsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Setting>> GetSettingsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Themes in taxonomy order (the order they were loaded or created).</summary>
    Task<IReadOnlyList<Theme>> ListThemesAsync(ThemeListScope scope, CancellationToken cancellationToken = default);
    /// <summary>Groups in seed order.</summary>
    Task<IReadOnlyList<StakeholderGroup>> ListGroupsAsync(CancellationToken cancellationToken = default);
    /// <summary>Journals by name, then id.</summary>
    Task<IReadOnlyList<Journal>> ListJournalsAsync(CancellationToken cancellationToken = default);
    /// <summary>Authors by name, then id.</summary>
    Task<IReadOnlyList<Author>> ListAuthorsAsync(CancellationToken cancellationToken = default);
    /// <summary>Methods in seed order, optionally of one kind.</summary>
    Task<IReadOnlyList<Method>> ListMethodsAsync(MethodKind? kind, CancellationToken cancellationToken = default);
    /// <summary>Settings in the order they were first named.</summary>
    Task<IReadOnlyList<Setting>> ListSettingsAsync(CancellationToken cancellationToken = default);
}
