"""graph.fsutil.shared_dir: where the corpora and dictionaries beside a checkout are."""
from graph.fsutil import shared_dir


def test_shared_dir_beside_the_checkout_the_main_checkout_or_the_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("ACTORGRAPH_SHARED", raising=False)
    main, wt = tmp_path / "main", tmp_path / "wt" / "topic"
    (main / ".git" / "worktrees" / "topic").mkdir(parents=True)
    wt.mkdir(parents=True)
    (wt / ".git").write_text(f"gitdir: {main / '.git' / 'worktrees' / 'topic'}\n")
    assert shared_dir(main) == tmp_path / "shared"  # nothing there yet: the expected place, named
    assert shared_dir(wt) == tmp_path / "wt" / "shared"  # no shared beside the main checkout either
    (tmp_path / "shared").mkdir()
    assert shared_dir(wt) == tmp_path / "shared"  # a worktree finds the main checkout's
    monkeypatch.setenv("ACTORGRAPH_SHARED", str(tmp_path / "elsewhere"))
    assert shared_dir(wt) == tmp_path / "elsewhere"
