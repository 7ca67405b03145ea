// swift-tools-version: 6.0
// Jitbook: a notebook-style Python REPL with a Numba-like JIT, one target per pipeline stage.
// Arrows point down only: PySyntax -> PyBytecode -> PyRuntime -> (PyNumPy -> JIT ->) Notebook -> jitbook.
import PackageDescription

/// The interpreter's hot modules: whole-module optimisation comes with `-c release`; exclusivity
/// checks cost a branch on every inout access in the eval loop and buy nothing there.
let hotPath: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded"])]

let package = Package(
    name: "Jitbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jitbook", targets: ["jitbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // C modules: thin now; they must build and link so the set-up never changes later.
        .target(name: "CLLVM", linkerSettings: [.linkedLibrary("LLVM-19")]),
        .systemLibrary(name: "CEditLine", path: "Sources/CEditLine"),
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .target(name: "CSwiftRuntime"),
        // No errno from sqrt, so the loops vectorise (AVX2, as PyNumPy's Swift code).
        .target(name: "CNumPyKernels", cSettings: [.unsafeFlags(["-O3", "-fno-math-errno", "-mavx2"])]),

        .target(name: "PySyntax", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(
            name: "PyBytecode",
            dependencies: ["PySyntax", .product(name: "BigInt", package: "BigInt")]),
        .target(
            name: "PyRuntime",
            dependencies: [
                "PySyntax", "PyBytecode", "CSwiftRuntime",
                .product(name: "BigInt", package: "BigInt"),
            ],
            swiftSettings: hotPath),
        .target(
            name: "PyNumPy",
            dependencies: ["PyRuntime", "CBLAS", "CNumPyKernels"],
            // AVX2 and FMA encodings for the element-wise loops (Haswell level: x86 servers since 2013).
            swiftSettings: hotPath + [.unsafeFlags(["-target-cpu", "haswell"])]),
        .target(
            name: "JIT",
            dependencies: ["PyBytecode", "PyRuntime", "PyNumPy", "CLLVM", "CSwiftRuntime"]),
        .target(
            name: "Notebook",
            dependencies: ["PySyntax", "PyBytecode", "PyRuntime", "CEditLine"]),
        .executableTarget(
            name: "jitbook",
            dependencies: ["PyRuntime", "PyNumPy", "JIT", "Notebook", "CLLVM", "CEditLine", "CBLAS"]),

        .target(name: "JitbookTestSupport", path: "Tests/JitbookTestSupport"),
        .testTarget(name: "PySyntaxTests", dependencies: ["PySyntax", "JitbookTestSupport"]),
        .testTarget(name: "PyBytecodeTests",
                    dependencies: ["PySyntax", "PyBytecode", "JitbookTestSupport"]),
        .testTarget(name: "PyRuntimeTests",
                    dependencies: ["PyRuntime", "JitbookTestSupport"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "PyRuntime", "JitbookTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["JitbookTestSupport"]),
    ],
    // Swift 6 strict concurrency would fight an interpreter's single-threaded global state.
    swiftLanguageModes: [.v5]
)
