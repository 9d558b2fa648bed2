#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The pre-commit hook of .pre-commit-hooks.yaml, run by pre-commit itself (Debian's
`pre-commit`), offline: the hook file is committed to a temporary hook repository, and
`pre-commit try-repo` runs its `appnotify-validate` hook in a temporary project holding a valid
and an invalid payload (and a file that is not JSON), with the built `appnotify` first on PATH.

usage: pre_commit_test.py PATH/TO/appnotify
"""
import os
import shutil
import subprocess
import unittest

import ci_support as ci

CLI = ci.cli_path()
if shutil.which("pre-commit") is None:
    ci.skip("pre-commit is not installed")
if shutil.which("git") is None:
    ci.skip("git is not installed")


class PreCommitHookTest(unittest.TestCase):
    def setUp(self):
        self.dir = ci.TempDir()
        root = self.dir.path
        self.env = dict(os.environ)
        self.env.update({
            "PATH": os.path.dirname(CLI) + os.pathsep + self.env.get("PATH", ""),
            "PRE_COMMIT_HOME": os.path.join(root, "cache"),
            "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.com",
            "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.com",
            "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
            "NO_COLOR": "1",
        })
        self.env.pop("PRE_COMMIT", None)
        # The hook repository: this repository's .pre-commit-hooks.yaml, committed.
        self.hooks = os.path.join(root, "hooks")
        os.mkdir(self.hooks)
        shutil.copy(os.path.join(ci.ROOT, ".pre-commit-hooks.yaml"), self.hooks)
        self.git(self.hooks, "init", "-q")
        self.git(self.hooks, "add", ".pre-commit-hooks.yaml")
        self.git(self.hooks, "commit", "-q", "-m", "hooks")
        # The project that uses the hook.
        self.project = os.path.join(root, "project")
        os.makedirs(os.path.join(self.project, "payloads"))
        self.git(self.project, "init", "-q")

    def tearDown(self):
        self.dir.cleanup()

    def git(self, cwd, *args):
        subprocess.run(["git", *args], cwd=cwd, env=self.env, check=True, stdout=subprocess.DEVNULL)

    def add(self, name, data):
        with open(os.path.join(self.project, name), "wb") as f:
            f.write(data)
        self.git(self.project, "add", name)

    def try_repo(self):
        p = subprocess.run(["pre-commit", "try-repo", self.hooks, "appnotify-validate", "--all-files", "--color",
                            "never", "--verbose"],
                           cwd=self.project, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=300)
        return p.returncode, p.stdout.decode("utf-8", "replace")

    def test_an_invalid_payload_fails_the_hook_with_its_diagnostic(self):
        self.add("payloads/welcome.json", ci.VALID)
        self.add("payloads/bad.json", ci.INVALID)
        self.add("notes.txt", b"{ not json")
        status, out = self.try_repo()
        self.assertEqual(status, 1, out)
        self.assertRegex(out, r"appnotify validate\.+Failed")
        self.assertIn("- hook id: appnotify-validate", out)
        self.assertIn("- exit code: 1", out)
        self.assertIn('payloads/bad.json:4:15: error[number-as-string]: "IconType" is a choice', out)
        self.assertIn("2 inputs: 1 valid, 1 invalid (1 error, 0 warnings)", out)  # notes.txt is not passed
        self.assertNotIn("notes.txt", out.split("appnotify validate")[-1])
        self.assertNotIn("welcome.json:", out)

    def test_valid_payloads_pass(self):
        self.add("payloads/welcome.json", ci.VALID)
        self.add("payloads/welcome-again.json", ci.VALID)
        status, out = self.try_repo()
        self.assertEqual(status, 0, out)
        self.assertRegex(out, r"appnotify validate\.+Passed")

    def test_a_commit_with_the_hook_installed_is_refused(self):
        # The hook as a project configures it (repo: local, so that no clone is needed), installed
        # as the git pre-commit hook: committing the invalid payload fails.
        with open(os.path.join(self.hooks, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
            hook = [line for line in f.read().splitlines() if line.strip() and not line.startswith("#")]
        config = "repos:\n- repo: local\n  hooks:\n" + "".join("    " + line + "\n" for line in hook)
        self.add(".pre-commit-config.yaml", config.encode())
        subprocess.run(["pre-commit", "install"], cwd=self.project, env=self.env, check=True,
                       stdout=subprocess.DEVNULL)
        self.add("bad.json", ci.INVALID)
        p = subprocess.run(["git", "commit", "-q", "-m", "payload"], cwd=self.project, env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        out = p.stdout.decode("utf-8", "replace")
        self.assertNotEqual(p.returncode, 0, out)
        self.assertIn("bad.json:4:15: error[number-as-string]", out)
        self.add("bad.json", ci.VALID)
        p = subprocess.run(["git", "commit", "-q", "-m", "payload"], cwd=self.project, env=self.env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        self.assertEqual(p.returncode, 0, p.stdout.decode("utf-8", "replace"))


if __name__ == "__main__":
    unittest.main(verbosity=2)
