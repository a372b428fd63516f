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
    public void A_cursor_handed_out_before_still_decodes_and_encodes_the_same()
    {
        const string handedOut = "WyJjMSIsIlllYXJEZXNjIiwyMDE5LG51bGwsInBlZXItcm9sZXMtMjAxOSJd";
        var cursor = new StudyCursor(StudyOrder.YearDesc, 2019, null, "peer-roles-2019");

        Assert.True(StudyCursorCodec.TryDecode(handedOut, out var decoded));
        Assert.Equal(cursor, decoded);
        Assert.Equal(handedOut, StudyCursorCodec.Encode(cursor));
    }

    [Fact]
    public void Cursors_encoded_one_after_another_on_one_thread_carry_nothing_of_the_one_before()
    {
        // Short ones before and after the long one: none may carry another's bytes.
        foreach (var cursor in Examples.Concat(Examples.Reverse()))
        {
            Assert.True(StudyCursorCodec.TryDecode(StudyCursorCodec.Encode(cursor), out var decoded));
            Assert.Equal(cursor, decoded);
        }
    }

    [Fact]
    public void Threads_encoding_at_once_each_get_their_own_cursors()
    {
        const int threads = 4, rounds = 500;
        var cursors = Enumerable.Range(0, threads).Select(t => new StudyCursor(StudyOrder.YearDesc, t, null, $"study-{t}-{new string((char)('a' + t), 40 * t)}")).ToList();
        var expected = cursors.Select(Reference).ToList();
        var wrong = new int[threads];
        using var start = new Barrier(threads);
        var running = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < rounds; i++)
            {
                try
                {
                    if (StudyCursorCodec.Encode(cursors[t]) != expected[t])
                    {
                        wrong[t]++;
                    }
                }
                catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
                {
                    wrong[t]++; // another thread's writer state, as a shared writer would throw
                }
            }
        })).ToList();
        running.ForEach(thread => thread.Start());
        running.ForEach(thread => thread.Join());

        Assert.All(wrong, count => Assert.Equal(0, count));
    }

    /// <summary>The format written plainly, as the encoder did before it reused its buffers: a fresh stream and writer.</summary>
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
