"""Persian articles of realistic3, gathered from the spec files fa_a, fa_b, fa_c (see ../README.md)."""
import fa_a

ARTICLES = list(fa_a.ARTICLES)
for name in ("fa_b", "fa_c"):
    try:
        ARTICLES += __import__(name).ARTICLES
    except ModuleNotFoundError:
        pass
