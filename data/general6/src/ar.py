from ar1 import A as A1
from ar2 import A as A2

ARTICLES = A1 + A2
