ｗｉｄｔｈ = µ + ﬁle + ſ + 𝐱𝟏 + ª
obj.ｗ(ｋ=1)
import ｍ
