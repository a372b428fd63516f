namespace PeerGraph.Core.Storage;

/// <summary>A write the store refused because it would break the graph's constraints (a dangling reference, a duplicate).</summary>
public sealed class StoreConstraintException(string message, Exception? innerException = null) : Exception(message, innerException);
