# Inventory report: dicts of records, grouping, sorting, aligned text table with totals.
stock = [
    {"sku": "A-100", "name": "Widget", "cat": "parts", "qty": 120, "price": 0.85},
    {"sku": "A-101", "name": "Gadget", "cat": "parts", "qty": 8, "price": 12.5},
    {"sku": "B-200", "name": "Hammer", "cat": "tools", "qty": 15, "price": 24.99},
    {"sku": "B-201", "name": "Wrench set", "cat": "tools", "qty": 0, "price": 49.0},
    {"sku": "C-300", "name": "Glue", "cat": "supplies", "qty": 64, "price": 3.2},
    {"sku": "C-301", "name": "Tape", "cat": "supplies", "qty": 5, "price": 1.75},
]
by_cat = {}
for item in stock:
    by_cat.setdefault(item["cat"], []).append(item)
grand = 0.0
print(f"{'SKU':<7}{'Name':<12}{'Qty':>5}{'Price':>9}{'Value':>10}")
print("-" * 43)
for cat in sorted(by_cat):
    items = sorted(by_cat[cat], key=lambda i: -i["qty"] * i["price"])
    subtotal = 0.0
    print(f"[{cat}]")
    for i in items:
        value = i["qty"] * i["price"]
        subtotal += value
        flag = " LOW" if i["qty"] < 10 else ""
        print(f"{i['sku']:<7}{i['name']:<12}{i['qty']:>5}{i['price']:>9.2f}{value:>10.2f}{flag}")
    print(f"{'':<24}{'subtotal':>9}{subtotal:>10.2f}")
    grand += subtotal
print("=" * 43)
print(f"{'':<24}{'TOTAL':>9}{grand:>10.2f}")
low = [i["name"] for i in stock if i["qty"] < 10]
print("reorder:", ", ".join(low) if low else "nothing")
out_of_stock = sum(1 for i in stock if not i["qty"])
print(f"{out_of_stock} out of stock, {len(stock) - out_of_stock} available, {sum(i['qty'] for i in stock)} units")
cheapest = min(stock, key=lambda i: i["price"])
print("cheapest:", cheapest["name"], f"${cheapest['price']:.2f}", "| priciest:", max(stock, key=lambda i: i["price"])["name"])
