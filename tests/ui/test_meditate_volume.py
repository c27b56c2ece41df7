"""The background sound's volume while a session runs: the slider turns the playing loop
(a silent null player here) up or down at once and remembers the level in settings."""

from __future__ import annotations

import pytest

from tests.ui.test_meditate_page import FakeClock, click
from ui.qt import Qt


@pytest.fixture
def page(window):
    page = window.show_page("meditate")
    page.clock = FakeClock()
    return page


def _choose_rain(chooser) -> None:
    chooser.combo.setCurrentIndex(chooser.combo.findData("rain"))


def test_timer_slider_changes_the_loop_and_the_setting(page, ctx, qtbot):
    timer = page.show_tab("timer")
    _choose_rain(timer.setup.ambient)
    timer.setup.minutes.setValue(1)
    click(qtbot, timer.setup.begin_button)
    volume, player = timer.volume, timer.ambient.player
    assert volume.isVisible() and volume.slider.value() == 40  # the default, 0.4
    volume.slider.setValue(70)
    assert player.volume == pytest.approx(0.7)
    assert ctx.settings.get("ambient_volume") == pytest.approx(0.7)
    # By keyboard: Alt+V focuses it, arrows move it in steps of 5.
    qtbot.keyClick(timer.running, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert volume.slider.hasFocus()
    qtbot.keyClick(volume.slider, Qt.Key.Key_Left)
    assert player.volume == pytest.approx(0.65)
    assert ctx.settings.get("ambient_volume") == pytest.approx(0.65)
    qtbot.keyClick(timer.running, Qt.Key.Key_Escape)  # still settling in: back to the setup
    assert timer.currentWidget() is timer.setup and not timer.ambient.playing
    # The chooser for the next sitting shows the level chosen during this one.
    assert timer.setup.ambient.volume.value() == 65


def test_guided_arrows_on_the_slider_move_the_volume_not_the_steps(page, ctx, qtbot):
    guided = page.guided
    click(qtbot, guided.list.rows["calm-place"].open_button)
    _choose_rain(guided.intro.ambient)
    click(qtbot, guided.intro.begin_button)
    slider, run = guided.volume.slider, guided.run
    assert guided.volume.isVisible()
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert run.state.index == 0  # the step stayed where it was
    assert guided.ambient.player.volume == pytest.approx(0.45)
    assert ctx.settings.get("ambient_volume") == pytest.approx(0.45)
    qtbot.keyClick(guided.player, Qt.Key.Key_Escape)


def test_hidden_without_a_background_sound(page, qtbot):
    timer = page.show_tab("timer")
    timer.setup.ambient.combo.setCurrentIndex(timer.setup.ambient.combo.findData("none"))
    timer.setup.minutes.setValue(1)
    click(qtbot, timer.setup.begin_button)
    assert timer.currentWidget() is timer.running and not timer.volume.isVisible()
    qtbot.keyClick(timer.running, Qt.Key.Key_Escape)
