from fa1 import A as A1
from fa2 import A as A2
from fa3 import A as A3

ARTICLES = A1 + A2 + A3
