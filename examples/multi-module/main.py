# A program in three modules: `import` of a sibling module, Edge's quoted import of a file in a
# subfolder, and `if __name__ == "__main__":`.
import shapes
from "./lib/geometry.py" import circle_area

def main():
    parts = [shapes.Circle(1), shapes.Square(3), shapes.Circle(0.5)]
    for p in parts:
        print(f"{type(p).__name__:<7} {p.area():8.3f}")
    print("unit circle again:", round(circle_area(1), 5))
    print("shapes module name:", shapes.__name__)

if __name__ == "__main__":
    main()
