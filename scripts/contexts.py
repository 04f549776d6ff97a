"""Usage: python3 scripts/contexts.py src/test/java (docs/benchmarks.md, "Spring contexts in the test suite").
Counts the distinct Spring test-context configurations of the test classes, statically: for each concrete test class,
the context-shaping annotations of it and its superclasses; classes with the same set share a cached context."""
import os, re, sys
root = sys.argv[1]
classes = {}
for d, _, fs in os.walk(root):
    for f in fs:
        if not f.endswith('.java'): continue
        s = open(os.path.join(d, f)).read()
        m = re.search(r'^(?:public\s+)?(abstract\s+)?(?:final\s+)?class\s+(\w+)(?:\s+extends\s+(\w+))?', s, re.M)
        if not m: continue
        head = s[:m.start()]
        anns = []
        for a in ['PortalTest', 'SpringBootTest', 'ActiveProfiles', 'Import', 'TestPropertySource']:
            for x in re.finditer(r'@' + a + r'\b(\((?:[^()]|\([^()]*\))*\))?', head):
                anns.append(re.sub(r'\s+', ' ', x.group(0)))
        nested = re.findall(r'@TestConfiguration[^\n]*\n\s*(?:public\s+)?static\s+class\s+(\w+)', s)
        dyn = 'DynamicPropertySource' in s
        tests = bool(re.search(r'@(Test|ParameterizedTest|RepeatedTest)\b', s))
        classes[m.group(2)] = dict(abstract=bool(m.group(1)), parent=m.group(3), anns=anns, nested=nested, dyn=dyn,
                                   tests=tests, file=f)
def key(name):
    parts, c, spring = [], name, False
    while c in classes:
        k = classes[c]
        parts += [a for a in k['anns']]
        parts += ['nested:' + n + '@' + c for n in k['nested']]
        if k['dyn']: parts.append('dynamic@' + c)
        spring |= any(a.startswith(('@PortalTest', '@SpringBootTest')) for a in k['anns'])
        c = k['parent']
    return spring, tuple(sorted(set(parts)))
def has_tests(name):
    c = name
    while c in classes:
        if classes[c]['tests']: return True
        c = classes[c]['parent']
    return False
groups = {}
for n, k in classes.items():
    if k['abstract'] or not has_tests(n): continue
    spring, kk = key(n)
    if not spring: continue
    phase = 'failsafe' if n.endswith('IT') else ('benchmark' if 'Benchmark' in n else 'surefire')
    groups.setdefault((phase, kk), []).append(n)
for phase in ['surefire', 'failsafe', 'benchmark']:
    g = {k: v for k, v in groups.items() if k[0] == phase}
    print(f"{phase}: {len(g)} distinct contexts, {sum(len(v) for v in g.values())} classes")
    for (p, kk), v in sorted(g.items(), key=lambda e: -len(e[1])):
        print(f"  {len(v):3d} {' '.join(kk)[:150]}  e.g. {sorted(v)[0]}")
