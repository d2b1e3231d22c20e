@testable import PetrogradCore
import Testing

@Suite struct CityCourseTests {
    @Test func theCourseFollowsTheWorldThroughEveryAction() throws {
        var game = try MultiplayerTests.start()
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        _ = try success(game.perform(.choose(player: 2, choice: "mutiny")))
        let course = CityCourse(game: game)
        #expect(course.samples.count == 3)
        #expect(course.samples.first?.world == [20], "the strike as the story starts")
        #expect(course.samples.last?.world == game.state.world.values)
        #expect(course.samples.last?.moment == game.state.world.clock)
        #expect(course.samples.map(\.moment) == course.samples.map(\.moment).sorted(), "the clock never runs back")
        #expect(course.samples.contains { $0.world == [30] } || course.samples.last?.world == [40],
                "the events moved the strike on the way")
    }

    @Test func aRewoundStretchNeverHappenedInTheCourse() throws {
        var game = try success(Game.start(try TableActionTests.scenario(), roles: [0], seed: 1, names: ["Asha"])).0
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        let afterMarch = CityCourse(game: game).samples
        _ = try success(game.perform(.choose(player: 1, choice: "rest")))
        _ = try success(game.perform(.rewind(to: 1)))
        let course = CityCourse(game: game)
        #expect(Array(course.samples.prefix(2)) == afterMarch)
        #expect(course.samples.count == 3, "the start, the march, and the city as the rewind left it")
        #expect(course.samples.last?.world == game.state.world.values)
        #expect(course.samples.last?.moment == game.state.world.clock)
    }

    @Test func aGameJustStartedHasOneSample() throws {
        let game = try MultiplayerTests.start()
        #expect(CityCourse(game: game).samples == [CityCourse.Sample(moment: game.state.world.clock, world: game.state.world.values)])
    }

    @Test func followingAGameAsItMovesGivesTheCourseAFreshReplayGives() throws {
        var game = try success(Game.start(try TableActionTests.scenario(), roles: [0], seed: 1, names: ["Asha"])).0
        var followed = CityCourse(game: game)
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        followed.follow(game)
        #expect(followed.samples == CityCourse(game: game).samples)
        _ = try success(game.perform(.join(role: "soldier", name: "Ravi")))
        _ = try success(game.perform(.choose(player: 1, choice: "rest")))
        _ = try success(game.perform(.rewind(to: 1)))
        followed.follow(game)
        #expect(followed.samples == CityCourse(game: game).samples, "a rewind followed line by line cuts the course as a replay does")
        followed.follow(game)
        #expect(followed.samples == CityCourse(game: game).samples, "following a game that has not moved changes nothing")
    }

    @Test func aGameThatDoesNotCarryOnTheCourseIsReplayedFromItsStart() throws {
        var game = try MultiplayerTests.start()
        let checkpoint = game.checkpoint
        _ = try success(game.perform(.choose(player: 1, choice: "march")))
        var followed = CityCourse(game: game)
        game.rewind(to: checkpoint)   // an undo: the log is cut, not carried on
        _ = try success(game.perform(.choose(player: 1, choice: "rest")))
        followed.follow(game)
        #expect(followed.samples == CityCourse(game: game).samples)
    }
}
