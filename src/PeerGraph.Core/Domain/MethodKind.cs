namespace PeerGraph.Core.Domain;

public enum MethodKind
{
    DataCollection,
    Analysis,
}
