cost = $5
