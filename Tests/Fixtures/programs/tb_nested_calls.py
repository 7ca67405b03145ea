# full-stderr
# An order pipeline whose innermost helper divides by zero; the traceback crosses five frames.
ORDERS = [
    {"id": 1, "items": [("pen", 2, 1.5), ("pad", 1, 3.0)], "discount": 0.1},
    {"id": 2, "items": [("ink", 3, 4.25)], "discount": 0.0},
    {"id": 3, "items": [], "discount": 0.2},
]


def line_total(item):
    name, qty, price = item
    return qty * price


def order_total(order):
    subtotal = sum(line_total(i) for i in order["items"])
    return subtotal * (1 - order["discount"])


def average_price(order):
    count = sum(qty for _, qty, _ in order["items"])
    return order_total(order) / count


def summarize(orders):
    for order in orders:
        avg = average_price(order)
        print(f"order {order['id']}: total={order_total(order):.2f} avg={avg:.3f}")


def main():
    print("summary")
    summarize(ORDERS)


main()
