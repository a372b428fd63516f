#!/usr/bin/env bash
# The API image's build stage builds from exactly the files its COPY lines take (no Docker engine needed):
# reads the Dockerfile's first stage, copies what its COPY lines name (minus .dockerignore) into an empty folder,
# runs the stage's RUN commands there, and checks that the final stage's ENTRYPOINT DLL is in the build output.
# Paths the Dockerfile writes outside the folder (the output the final stage copies with COPY --from) are mapped into it.
set -euo pipefail
cd "$(dirname "$0")/.."
dockerfile=${1:-Dockerfile}
work=$(mktemp -d "${TMPDIR:-/tmp}/peergraph-image.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "check-image: $*" >&2; exit 1; }

# Dockerfile lines with continuations joined, comments dropped.
mapfile -t lines < <(sed -e '/^[[:space:]]*#/d' "$dockerfile" | sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' | sed -e '/^[[:space:]]*$/d')

# .dockerignore patterns as GNU tar excludes: "**/x" matches x at any depth, anything else from the context root.
excludes=()
if [ -f .dockerignore ]; then
  while IFS= read -r pattern; do
    pattern=${pattern%%#*}; pattern=$(echo "$pattern" | xargs)
    [ -z "$pattern" ] && continue
    case "$pattern" in
      '!'*) fail ".dockerignore exception '$pattern' is not understood by this check" ;;
      '**/'*) excludes+=(--no-anchored "--exclude=${pattern#\*\*/}") ;;
      *) excludes+=(--anchored "--exclude=${pattern%/}") ;;
    esac
  done < .dockerignore
fi

stage=0 build_stage="" workdir=/ runs=() output="" entry_dll=""
for line in "${lines[@]}"; do
  read -r instruction rest <<<"$line"
  case "${instruction^^}" in
    FROM)
      stage=$((stage + 1))
      [ $stage -eq 1 ] && build_stage=$(sed -nE 's/.*[[:space:]][Aa][Ss][[:space:]]+([^[:space:]]+).*/\1/p' <<<"$rest")
      ;;
    WORKDIR)
      [ $stage -eq 1 ] && { case "$rest" in /*) workdir=$rest ;; *) workdir=$workdir/$rest ;; esac; mkdir -p "$work/root$workdir"; }
      ;;
    COPY)
      if [ $stage -eq 1 ]; then
        read -r -a words <<<"$rest"
        [[ "${words[0]}" == --* || "${words[0]}" == \[* ]] && fail "COPY form not understood by this check: $line"
        dest=${words[-1]}
        case "$dest" in /*) target=$work/root$dest ;; *) target=$work/root$workdir/$dest ;; esac
        for source in "${words[@]:0:${#words[@]}-1}"; do
          [ -e "$source" ] || fail "COPY names '$source', which is not in the repository"
          if [ -d "$source" ]; then
            mkdir -p "$target"
            tar -C "$source" "${excludes[@]}" -cf - . | tar -C "$target" -xf -
          else
            case "$dest" in */) mkdir -p "$target"; cp "$source" "$target" ;; *) mkdir -p "$(dirname "$target")"; cp "$source" "$target" ;; esac
          fi
        done
      elif [[ "$rest" =~ --from=${build_stage}[[:space:]]+([^[:space:]]+) ]]; then
        output=${BASH_REMATCH[1]}
      fi
      ;;
    RUN)
      [ $stage -eq 1 ] && runs+=("$rest")
      ;;
    ENTRYPOINT)
      entry_dll=$(grep -oE '[A-Za-z0-9_.-]+\.dll' <<<"$rest" | head -1)
      ;;
  esac
done

[ -n "$build_stage" ] || fail "the first stage has no name (FROM ... AS name)"
[ ${#runs[@]} -gt 0 ] || fail "the build stage has no RUN command"
[ -n "$output" ] || fail "no later stage copies the build output (COPY --from=$build_stage ...)"
[ -n "$entry_dll" ] || fail "the ENTRYPOINT names no .dll"

echo "check-image: build stage '$build_stage' from $(find "$work/root" -type f | wc -l) copied file(s); output $output"
for run in "${runs[@]}"; do
  command=${run//$output/$work/out}
  echo "check-image: RUN ${run}"
  (cd "$work/root$workdir" && bash -euo pipefail -c "$command") || fail "the build stage's RUN failed on exactly the files its COPY lines take: $run"
done
[ -f "$work/out/$entry_dll" ] || fail "the ENTRYPOINT's $entry_dll is not in the build output $output"
echo "check-image: ok, $entry_dll is in the build output"
