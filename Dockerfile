# PeerGraph API: built with the .NET SDK, run on the ASP.NET runtime as a non-root user, with the curated seed baked in.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props PeerGraph.sln ./
COPY src/ src/
# PeerGraph.Api embeds Neo4j Browser's style (../../neo4j/browser/style.grass); .ci/check-image.sh builds from exactly these COPY lines.
COPY neo4j/browser/ neo4j/browser/
RUN dotnet publish src/PeerGraph.Api -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
COPY seed/ /app/seed/
ENV ASPNETCORE_URLS=http://0.0.0.0:8080 \
    PeerGraph__SeedPath=/app/seed \
    PeerGraph__DataDir=/data
RUN mkdir -p /data && chown app:app /data
USER app
EXPOSE 8080
ENTRYPOINT ["dotnet", "peergraph.dll"]
CMD ["serve"]
