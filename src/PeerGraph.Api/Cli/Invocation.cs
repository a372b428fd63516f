namespace PeerGraph.Api.Cli;

/// <summary>
/// One run of the program: the configuration settings given on its command line (<c>--PeerGraph:DataDir=/x</c>), taken
/// out before parsing (see <see cref="PeerGraphCommandLine.SplitSettings"/>) and handed to the host.
/// </summary>
internal sealed record Invocation(IReadOnlyList<string> Settings);
