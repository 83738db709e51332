#!/usr/bin/env python3
"""Recall and precision of the draft extractor over the held-out sets (bench/held-out/<set>/: narratives written by
helpers who had not seen the extractor, with their expected figures; the ones read in full are also in the corpus).

    python3 bench/held-out.py [BASE_URL] [-v] [h7 h8 ...]  # BASE_URL defaults to http://127.0.0.1:8080; -v lists each
                                                           # miss; set names read only those sets
"""
import glob
import json
import os
import sys
import urllib.error
import urllib.request

TYPES = {'.txt': 'text/plain; charset=UTF-8',
         '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'}
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'held-out')


def key(f):
    return (f['metric'], f.get('owner'), f.get('platform'), int(f['value']), f.get('qualifier') or 'EXACT', f.get('baseline'))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('-')]
    sets = {a for a in args if a[0] == 'h' and a[1:].isdigit()}
    args = [a for a in args if a not in sets]
    base = args[0] if args else 'http://127.0.0.1:8080'
    verbose = '-v' in sys.argv
    total = [0, 0, 0]
    print('| set | narratives | expected | found | right | recall | precision |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for folder in sorted(glob.glob(os.path.join(ROOT, 'h*')), key=lambda p: int(os.path.basename(p)[1:])):
        if sets and os.path.basename(folder) not in sets:
            continue
        files = sorted(f for f in glob.glob(os.path.join(folder, '*')) if os.path.splitext(f)[1] in TYPES)
        expected = found = right = 0
        for path in files:
            ext = os.path.splitext(path)[1]
            want = json.load(open(path[:-len(ext)] + '.expected.json', encoding='utf-8'))
            request = urllib.request.Request(f'{base}/api/v1/drafts?year={want["year"]}', data=open(path, 'rb').read(),
                                             headers={'Content-Type': TYPES[ext]})
            try:
                answer = json.load(urllib.request.urlopen(request, timeout=60))
            except urllib.error.HTTPError as e:
                print(f'{os.path.basename(path)}: HTTP {e.code}', file=sys.stderr)
                continue
            wanted = {key(f) for f in want['figures']}
            got = [key(f) for f in answer['draft']['figures']]
            expected += len(wanted)
            found += len(got)
            right += len(wanted & set(got))
            if verbose:
                for k in sorted(wanted - set(got), key=str):
                    print(f'  {os.path.basename(path)} missed {k}', file=sys.stderr)
                for k in sorted(set(got) - wanted, key=str):
                    print(f'  {os.path.basename(path)} invented {k}', file=sys.stderr)
        total = [total[0] + expected, total[1] + found, total[2] + right]
        print(f'| {os.path.basename(folder)} | {len(files)} | {expected} | {found} | {right} | '
              f'{100 * right / max(expected, 1):.1f} % | {100 * right / max(found, 1):.1f} % |')
    print(f'| all | | {total[0]} | {total[1]} | {total[2]} | {100 * total[2] / max(total[0], 1):.1f} % | '
          f'{100 * total[2] / max(total[1], 1):.1f} % |')


if __name__ == '__main__':
    main()
