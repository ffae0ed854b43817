"""The same workbook gives its findings in the same order in every run (found in issue 25: the
value checks walked a set of sheet keys, whose order follows Python's hash seed, so two runs of
`chibo-xl check` could list one workbook's findings in two orders)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import small_data

import sparsebook

CODE = ("import json, sys\n"
        "from chibo_xl.checks.pipeline import check_file\n"
        "print(json.dumps(check_file(sys.argv[1])[1].to_rows(), default=str))\n")


def test_findings_come_in_the_same_order_whatever_the_hash_seed(tmp_path):
    data = small_data()
    data["Đảng viên"][0]["Giới tính"] = "Khác lạ"                # NOT_IN_LIST, Đảng viên
    data["Xếp loại"][0]["Điểm tiêu chí chung (/30)"] = 99       # OUT_OF_RANGE, Xếp loại
    data["Sinh hoạt"][0]["Có mặt"] = -1                         # OUT_OF_RANGE, Sinh hoạt
    data["Chỉ tiêu"][0]["Chỉ tiêu đề ra"] = -5                  # OUT_OF_RANGE, Chỉ tiêu
    path = tmp_path / "so.xlsx"
    sparsebook.write(path, data)
    runs = set()
    for seed in range(8):
        done = subprocess.run([sys.executable, "-c", CODE, str(path)], capture_output=True,
                              text=True, env=dict(os.environ, PYTHONHASHSEED=str(seed)))
        assert done.returncode == 0, done.stderr
        runs.add(done.stdout)
    assert len(runs) == 1
    sheets = [row[1] for row in json.loads(runs.pop()) if row[-1] in ("NOT_IN_LIST", "OUT_OF_RANGE")]
    assert sheets == sorted(sheets, key=["Đảng viên", "Xếp loại", "Chỉ tiêu", "Sinh hoạt"].index)
