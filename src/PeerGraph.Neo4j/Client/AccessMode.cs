namespace PeerGraph.Neo4j.Client;

/// <summary>The Query API's accessMode: reads may go to any cluster member, writes to the leader.</summary>
public enum AccessMode
{
    Write,
    Read,
}
