# -*- coding: utf-8 -*-
π = 3.14159
naïve = 'café'
名前 = "日本語のテキスト"
Δx = π * 2  # Greek letters
emoji = '🐍 and 🎉'
print(f'{名前}: {π:.2f} {emoji}')
class Größe:
    höhe: int = 1
    def größer(self, ελάχιστο=0):
        return self.höhe > ελάχιστο
x = ['é', 'ü', '€', '—']
s = 'ab' 'ç' f'{naïve}'
mixed = {'ключ': 'значение'}
y = "\u00e9 \N{LATIN SMALL LETTER E WITH ACUTE}"
