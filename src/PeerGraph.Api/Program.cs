using PeerGraph.Api.Cli;

// `serve` is the default command; see Cli/PeerGraphCommandLine.cs.
return await PeerGraphCommandLine.InvokeAsync(args);
