import ArgumentParser

/// The root command: `petrograd` and its subcommands.
package struct PetrogradCommand: ParsableCommand {
    /// The program's version, recorded in saves.
    package static let version = "0.1.0"

    package static let configuration = CommandConfiguration(
        commandName: "petrograd",
        abstract: "Petrograd 1917: live through the revolution as a worker, a soldier or a Duma member.",
        version: version,
        subcommands: [PlayCommand.self, ListCommand.self, CheckCommand.self, TestCommand.self, ExploreCommand.self, GraphCommand.self, ShowCommand.self, CardsCommand.self, NewCommand.self, BenchmarkCommand.self, HostCommand.self, JoinCommand.self, ReportCommand.self],
        defaultSubcommand: PlayCommand.self)

    package init() {}
}
