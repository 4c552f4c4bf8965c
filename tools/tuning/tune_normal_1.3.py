#!/usr/bin/env python3
"""(1 + 4) evolution strategy for normal walking at 1.3 m/s (tools/tuning/README.md).

Usage, from the repository's root: python3 tools/tuning/tune_normal_1.3.py ROUNDS > log.jsonl
Each candidate sets seven settings (name=value, the probe's syntax; SPACE gives low, high, start: the
values before this search) and runs build/gaitsim_probe for 30 s at 1.3 m/s. Score: the distance of
each figure outside its range in normal_walk_score.LIM (scenarios/normal.toml's [expect] with small margins), in per
cent of the bound, stance weighted 4 times; a fall scores 1000. One JSON line per round.
"""
import random, subprocess, json, concurrent.futures, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from normal_walk_score import parse_summary, range_score
from evolution import children, next_step_size
PROBE = 'build/gaitsim_probe'
SPACE={'toe_up_rad':(0.0,0.2,0.0763),'touchdown_depth_m':(-0.002,0.01,0.0046),'preswing_max_s@1.3':(0.03,0.07,0.0408),
       'pushoff_max_rad@1.3':(0.55,0.9,0.7),'pushoff_start_s@1.3':(0.3,0.45,0.3966),'clearance_m@1.3':(0.09,0.14,0.1182),
       'preswing_knee_rad':(0.3,0.7,0.3911)}
def run(args):
    out=subprocess.run([PROBE,'duration=30','speed=1.3']+args,capture_output=True,text=True).stdout.strip().split('\n')
    if not out[0].startswith('ok'): return None
    return parse_summary(out[-1])
def score(x):
    d=run([f'{k}={v:.5g}' for k,v in x.items()])
    if d is None: return 1000,None
    return range_score(d),d
random.seed(3)
x={k:v[2] for k,v in SPACE.items()}
pool=concurrent.futures.ThreadPoolExecutor(2)
best,bd=score(x); print(json.dumps({'round':0,'score':best,'d':bd}),flush=True)
sig=0.1
for r in range(1,int(sys.argv[1])+1):
    kids=children(x,SPACE,sig)
    res=list(pool.map(score,kids))
    i=min(range(4),key=lambda i:res[i][0])
    improved=res[i][0]<best
    if improved: best,bd=res[i]; x=kids[i]
    sig=next_step_size(sig,improved)
    print(json.dumps({'round':r,'score':round(best,3),'x':{k:round(v,5) for k,v in x.items()},'d':bd}),flush=True)
    if best==0: break
