namespace PeerGraph.Core.Generation;

/// <summary>Draws 0..n-1 with a Zipf (power-law) distribution: a few values very often, most rarely.</summary>
internal sealed class ZipfPicker
{
    private readonly WeightedPicker<int> _picker;

    public ZipfPicker(int n, double exponent) =>
        _picker = new WeightedPicker<int>(Enumerable.Range(0, n).Select(i => (i, 1.0 / Math.Pow(i + 1, exponent))));

    public int Pick(Random random) => _picker.Pick(random);
}
