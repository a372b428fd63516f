using System.Buffers.Text;
using System.Text.Json;
using PeerGraph.Core.Storage;

namespace PeerGraph.Core.Tests.Storage;

/// <summary>
/// Cursors are opaque to clients but live on in their hands: the text stays base64url of the JSON array
/// <c>["c1", order, number, text, id]</c> as JSON writes it, whatever buffers make it, so that a cursor handed out before
/// still pages on.
/// </summary>
public sealed class StudyCursorCodecTests
{
    private static readonly StudyCursor[] Examples =
    [
        new(StudyOrder.YearDesc, 2019, null, "peer-roles-2019"),
        new(StudyOrder.CitationsDesc, null, null, "x"),
        new(StudyOrder.TitleAsc, null, "“Quoted” title with \"escapes\", <tags> & ünïcödé \u0001", "study-with-a-rather-long-identifier-" + new string('z', 300)),
        new(StudyOrder.YearAsc, long.MinValue, null, "min"),
    ];

    public static TheoryData<StudyCursor> Cursors => new(Examples);

    [Theory]
    [MemberData(nameof(Cursors))]
    public void A_cursor_is_the_base64url_of_its_json_array(StudyCursor cursor)
    {
        Assert.Equal(Reference(cursor), StudyCursorCodec.Encode(cursor));
    }

    [Fact]
    public void Cursors_encoded_one_after_another_on_one_thread_carry_nothing_of_the_one_before()
    {
        // The long one, then the short ones after it.
        foreach (var cursor in Examples.Reverse())
        {
            Assert.True(StudyCursorCodec.TryDecode(StudyCursorCodec.Encode(cursor), out var decoded));
            Assert.Equal(cursor, decoded);
        }
    }

    [Fact]
    public async Task Threads_encoding_at_once_each_get_their_own_cursors()
    {
        var cursors = Enumerable.Range(0, 64).Select(i => new StudyCursor(StudyOrder.YearDesc, i, null, $"study-{i}-{new string('a', i * 7)}")).ToList();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => cursors.Select(StudyCursorCodec.Encode).ToList())));
        foreach (var result in results)
        {
            Assert.Equal(cursors.Select(Reference), result);
        }
    }

    /// <summary>The format written plainly: a fresh stream and writer.</summary>
    private static string Reference(StudyCursor cursor)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue("c1");
            writer.WriteStringValue(cursor.Order.ToString());
            if (cursor.Number is { } number)
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteNullValue();
            }
            writer.WriteStringValue(cursor.Text);
            writer.WriteStringValue(cursor.Id);
            writer.WriteEndArray();
        }
        return Base64Url.EncodeToString(stream.ToArray());
    }
}
