namespace PeerGraph.Core.Generation;

/// <summary>Draws items with probabilities proportional to their weights.</summary>
internal sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.ToList();
        _items = list.Select(x => x.Item).ToArray();
        _cumulative = new double[list.Count];
        var total = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public T Pick(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, x);
        return _items[index < 0 ? Math.Min(~index, _items.Length - 1) : index];
    }
}
