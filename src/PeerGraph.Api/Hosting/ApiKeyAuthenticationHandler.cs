using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;key&gt;</c> against <c>PeerGraph:ApiKeys</c>. Keys are compared as SHA-256
/// digests with <see cref="CryptographicOperations.FixedTimeEquals"/>, against every configured key, so the time taken
/// says nothing about how much of a key was right.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<PeerGraphOptions> peerGraph)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>Claim holding a hash of the presented key (never the key itself).</summary>
    public const string KeyIdClaim = "peergraph:api-key-id";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()));
        var match = false;
        foreach (var key in peerGraph.CurrentValue.ApiKeys)
        {
            match |= !string.IsNullOrEmpty(key) && CryptographicOperations.FixedTimeEquals(presented, SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        }
        if (!match)
        {
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        }
        // The key's hash names the client (rate limits): every spelling of the header that authenticates one key is one client.
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key"), new Claim(KeyIdClaim, Convert.ToHexString(presented, 0, 16))], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
