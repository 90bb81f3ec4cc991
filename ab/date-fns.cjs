var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/date-fns/constants.cjs
var require_constants = __commonJS({
  "node_modules/date-fns/constants.cjs"(exports2) {
    "use strict";
    exports2.secondsInYear = exports2.secondsInWeek = exports2.secondsInQuarter = exports2.secondsInMonth = exports2.secondsInMinute = exports2.secondsInHour = exports2.secondsInDay = exports2.quartersInYear = exports2.monthsInYear = exports2.monthsInQuarter = exports2.minutesInYear = exports2.minutesInMonth = exports2.minutesInHour = exports2.minutesInDay = exports2.minTime = exports2.millisecondsInWeek = exports2.millisecondsInSecond = exports2.millisecondsInMinute = exports2.millisecondsInHour = exports2.millisecondsInDay = exports2.maxTime = exports2.daysInYear = exports2.daysInWeek = exports2.constructFromSymbol = void 0;
    var daysInWeek = exports2.daysInWeek = 7;
    var daysInYear = exports2.daysInYear = 365.2425;
    var maxTime = exports2.maxTime = Math.pow(10, 8) * 24 * 60 * 60 * 1e3;
    var minTime = exports2.minTime = -maxTime;
    var millisecondsInWeek = exports2.millisecondsInWeek = 6048e5;
    var millisecondsInDay = exports2.millisecondsInDay = 864e5;
    var millisecondsInMinute = exports2.millisecondsInMinute = 6e4;
    var millisecondsInHour = exports2.millisecondsInHour = 36e5;
    var millisecondsInSecond = exports2.millisecondsInSecond = 1e3;
    var minutesInYear = exports2.minutesInYear = 525600;
    var minutesInMonth = exports2.minutesInMonth = 43200;
    var minutesInDay = exports2.minutesInDay = 1440;
    var minutesInHour = exports2.minutesInHour = 60;
    var monthsInQuarter = exports2.monthsInQuarter = 3;
    var monthsInYear = exports2.monthsInYear = 12;
    var quartersInYear = exports2.quartersInYear = 4;
    var secondsInHour = exports2.secondsInHour = 3600;
    var secondsInMinute = exports2.secondsInMinute = 60;
    var secondsInDay = exports2.secondsInDay = secondsInHour * 24;
    var secondsInWeek = exports2.secondsInWeek = secondsInDay * 7;
    var secondsInYear = exports2.secondsInYear = secondsInDay * daysInYear;
    var secondsInMonth = exports2.secondsInMonth = secondsInYear / 12;
    var secondsInQuarter = exports2.secondsInQuarter = secondsInMonth * 3;
    var constructFromSymbol = exports2.constructFromSymbol = /* @__PURE__ */ Symbol.for("constructDateFrom");
  }
});

// node_modules/date-fns/constructFrom.cjs
var require_constructFrom = __commonJS({
  "node_modules/date-fns/constructFrom.cjs"(exports2) {
    "use strict";
    exports2.constructFrom = constructFrom;
    var _index = require_constants();
    function constructFrom(date, value) {
      if (typeof date === "function") return date(value);
      if (date && typeof date === "object" && _index.constructFromSymbol in date)
        return date[_index.constructFromSymbol](value);
      if (date instanceof Date) return new date.constructor(value);
      return new Date(value);
    }
  }
});

// node_modules/date-fns/toDate.cjs
var require_toDate = __commonJS({
  "node_modules/date-fns/toDate.cjs"(exports2) {
    "use strict";
    exports2.toDate = toDate;
    var _index = require_constructFrom();
    function toDate(argument, context) {
      return (0, _index.constructFrom)(context || argument, argument);
    }
  }
});

// node_modules/date-fns/addDays.cjs
var require_addDays = __commonJS({
  "node_modules/date-fns/addDays.cjs"(exports2) {
    "use strict";
    exports2.addDays = addDays;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function addDays(date, amount, options) {
      const _date = (0, _index2.toDate)(date, options?.in);
      if (isNaN(amount)) return (0, _index.constructFrom)(options?.in || date, NaN);
      if (!amount) return _date;
      _date.setDate(_date.getDate() + amount);
      return _date;
    }
  }
});

// node_modules/date-fns/addMonths.cjs
var require_addMonths = __commonJS({
  "node_modules/date-fns/addMonths.cjs"(exports2) {
    "use strict";
    exports2.addMonths = addMonths;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function addMonths(date, amount, options) {
      const _date = (0, _index2.toDate)(date, options?.in);
      if (isNaN(amount)) return (0, _index.constructFrom)(options?.in || date, NaN);
      if (!amount) {
        return _date;
      }
      const dayOfMonth = _date.getDate();
      const endOfDesiredMonth = (0, _index.constructFrom)(
        options?.in || date,
        _date.getTime()
      );
      endOfDesiredMonth.setMonth(_date.getMonth() + amount + 1, 0);
      const daysInMonth = endOfDesiredMonth.getDate();
      if (dayOfMonth >= daysInMonth) {
        return endOfDesiredMonth;
      } else {
        _date.setFullYear(
          endOfDesiredMonth.getFullYear(),
          endOfDesiredMonth.getMonth(),
          dayOfMonth
        );
        return _date;
      }
    }
  }
});

// node_modules/date-fns/add.cjs
var require_add = __commonJS({
  "node_modules/date-fns/add.cjs"(exports2) {
    "use strict";
    exports2.add = add;
    var _index = require_addDays();
    var _index2 = require_addMonths();
    var _index3 = require_constructFrom();
    var _index4 = require_toDate();
    function add(date, duration, options) {
      const {
        years = 0,
        months = 0,
        weeks = 0,
        days = 0,
        hours = 0,
        minutes = 0,
        seconds = 0
      } = duration;
      const _date = (0, _index4.toDate)(date, options?.in);
      const dateWithMonths = months || years ? (0, _index2.addMonths)(_date, months + years * 12) : _date;
      const dateWithDays = days || weeks ? (0, _index.addDays)(dateWithMonths, days + weeks * 7) : dateWithMonths;
      const minutesToAdd = minutes + hours * 60;
      const secondsToAdd = seconds + minutesToAdd * 60;
      const msToAdd = secondsToAdd * 1e3;
      return (0, _index3.constructFrom)(
        options?.in || date,
        +dateWithDays + msToAdd
      );
    }
  }
});

// node_modules/date-fns/isSaturday.cjs
var require_isSaturday = __commonJS({
  "node_modules/date-fns/isSaturday.cjs"(exports2) {
    "use strict";
    exports2.isSaturday = isSaturday;
    var _index = require_toDate();
    function isSaturday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 6;
    }
  }
});

// node_modules/date-fns/isSunday.cjs
var require_isSunday = __commonJS({
  "node_modules/date-fns/isSunday.cjs"(exports2) {
    "use strict";
    exports2.isSunday = isSunday;
    var _index = require_toDate();
    function isSunday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 0;
    }
  }
});

// node_modules/date-fns/isWeekend.cjs
var require_isWeekend = __commonJS({
  "node_modules/date-fns/isWeekend.cjs"(exports2) {
    "use strict";
    exports2.isWeekend = isWeekend;
    var _index = require_toDate();
    function isWeekend(date, options) {
      const day = (0, _index.toDate)(date, options?.in).getDay();
      return day === 0 || day === 6;
    }
  }
});

// node_modules/date-fns/addBusinessDays.cjs
var require_addBusinessDays = __commonJS({
  "node_modules/date-fns/addBusinessDays.cjs"(exports2) {
    "use strict";
    exports2.addBusinessDays = addBusinessDays;
    var _index = require_constructFrom();
    var _index2 = require_isSaturday();
    var _index3 = require_isSunday();
    var _index4 = require_isWeekend();
    var _index5 = require_toDate();
    function addBusinessDays(date, amount, options) {
      const _date = (0, _index5.toDate)(date, options?.in);
      const startedOnWeekend = (0, _index4.isWeekend)(_date, options);
      if (isNaN(amount)) return (0, _index.constructFrom)(options?.in, NaN);
      const hours = _date.getHours();
      const sign = amount < 0 ? -1 : 1;
      const fullWeeks = Math.trunc(amount / 5);
      _date.setDate(_date.getDate() + fullWeeks * 7);
      let restDays = Math.abs(amount % 5);
      while (restDays > 0) {
        _date.setDate(_date.getDate() + sign);
        if (!(0, _index4.isWeekend)(_date, options)) restDays -= 1;
      }
      if (startedOnWeekend && (0, _index4.isWeekend)(_date, options) && amount !== 0) {
        if ((0, _index2.isSaturday)(_date, options))
          _date.setDate(_date.getDate() + (sign < 0 ? 2 : -1));
        if ((0, _index3.isSunday)(_date, options))
          _date.setDate(_date.getDate() + (sign < 0 ? 1 : -2));
      }
      _date.setHours(hours);
      return _date;
    }
  }
});

// node_modules/date-fns/addMilliseconds.cjs
var require_addMilliseconds = __commonJS({
  "node_modules/date-fns/addMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.addMilliseconds = addMilliseconds;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function addMilliseconds(date, amount, options) {
      return (0, _index.constructFrom)(
        options?.in || date,
        +(0, _index2.toDate)(date) + amount
      );
    }
  }
});

// node_modules/date-fns/addHours.cjs
var require_addHours = __commonJS({
  "node_modules/date-fns/addHours.cjs"(exports2) {
    "use strict";
    exports2.addHours = addHours;
    var _index = require_addMilliseconds();
    var _index2 = require_constants();
    function addHours(date, amount, options) {
      return (0, _index.addMilliseconds)(
        date,
        amount * _index2.millisecondsInHour,
        options
      );
    }
  }
});

// node_modules/date-fns/_lib/defaultOptions.cjs
var require_defaultOptions = __commonJS({
  "node_modules/date-fns/_lib/defaultOptions.cjs"(exports2) {
    "use strict";
    exports2.getDefaultOptions = getDefaultOptions;
    exports2.setDefaultOptions = setDefaultOptions;
    var defaultOptions = {};
    function getDefaultOptions() {
      return defaultOptions;
    }
    function setDefaultOptions(newOptions) {
      defaultOptions = newOptions;
    }
  }
});

// node_modules/date-fns/startOfWeek.cjs
var require_startOfWeek = __commonJS({
  "node_modules/date-fns/startOfWeek.cjs"(exports2) {
    "use strict";
    exports2.startOfWeek = startOfWeek;
    var _index = require_defaultOptions();
    var _index2 = require_toDate();
    function startOfWeek(date, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const _date = (0, _index2.toDate)(date, options?.in);
      const day = _date.getDay();
      const diff = (day < weekStartsOn ? 7 : 0) + day - weekStartsOn;
      _date.setDate(_date.getDate() - diff);
      _date.setHours(0, 0, 0, 0);
      return _date;
    }
  }
});

// node_modules/date-fns/startOfISOWeek.cjs
var require_startOfISOWeek = __commonJS({
  "node_modules/date-fns/startOfISOWeek.cjs"(exports2) {
    "use strict";
    exports2.startOfISOWeek = startOfISOWeek;
    var _index = require_startOfWeek();
    function startOfISOWeek(date, options) {
      return (0, _index.startOfWeek)(date, { ...options, weekStartsOn: 1 });
    }
  }
});

// node_modules/date-fns/getISOWeekYear.cjs
var require_getISOWeekYear = __commonJS({
  "node_modules/date-fns/getISOWeekYear.cjs"(exports2) {
    "use strict";
    exports2.getISOWeekYear = getISOWeekYear;
    var _index = require_constructFrom();
    var _index2 = require_startOfISOWeek();
    var _index3 = require_toDate();
    function getISOWeekYear(date, options) {
      const _date = (0, _index3.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const fourthOfJanuaryOfNextYear = (0, _index.constructFrom)(_date, 0);
      fourthOfJanuaryOfNextYear.setFullYear(year + 1, 0, 4);
      fourthOfJanuaryOfNextYear.setHours(0, 0, 0, 0);
      const startOfNextYear = (0, _index2.startOfISOWeek)(
        fourthOfJanuaryOfNextYear
      );
      const fourthOfJanuaryOfThisYear = (0, _index.constructFrom)(_date, 0);
      fourthOfJanuaryOfThisYear.setFullYear(year, 0, 4);
      fourthOfJanuaryOfThisYear.setHours(0, 0, 0, 0);
      const startOfThisYear = (0, _index2.startOfISOWeek)(
        fourthOfJanuaryOfThisYear
      );
      if (_date.getTime() >= startOfNextYear.getTime()) {
        return year + 1;
      } else if (_date.getTime() >= startOfThisYear.getTime()) {
        return year;
      } else {
        return year - 1;
      }
    }
  }
});

// node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.cjs
var require_getTimezoneOffsetInMilliseconds = __commonJS({
  "node_modules/date-fns/_lib/getTimezoneOffsetInMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.getTimezoneOffsetInMilliseconds = getTimezoneOffsetInMilliseconds;
    var _index = require_toDate();
    function getTimezoneOffsetInMilliseconds(date) {
      const _date = (0, _index.toDate)(date);
      const utcDate = new Date(
        Date.UTC(
          _date.getFullYear(),
          _date.getMonth(),
          _date.getDate(),
          _date.getHours(),
          _date.getMinutes(),
          _date.getSeconds(),
          _date.getMilliseconds()
        )
      );
      utcDate.setUTCFullYear(_date.getFullYear());
      return +date - +utcDate;
    }
  }
});

// node_modules/date-fns/_lib/normalizeDates.cjs
var require_normalizeDates = __commonJS({
  "node_modules/date-fns/_lib/normalizeDates.cjs"(exports2) {
    "use strict";
    exports2.normalizeDates = normalizeDates;
    var _index = require_constructFrom();
    function normalizeDates(context, ...dates) {
      const normalize = _index.constructFrom.bind(
        null,
        context || dates.find((date) => typeof date === "object")
      );
      return dates.map(normalize);
    }
  }
});

// node_modules/date-fns/startOfDay.cjs
var require_startOfDay = __commonJS({
  "node_modules/date-fns/startOfDay.cjs"(exports2) {
    "use strict";
    exports2.startOfDay = startOfDay;
    var _index = require_toDate();
    function startOfDay(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setHours(0, 0, 0, 0);
      return _date;
    }
  }
});

// node_modules/date-fns/differenceInCalendarDays.cjs
var require_differenceInCalendarDays = __commonJS({
  "node_modules/date-fns/differenceInCalendarDays.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarDays = differenceInCalendarDays;
    var _index = require_getTimezoneOffsetInMilliseconds();
    var _index2 = require_normalizeDates();
    var _index3 = require_constants();
    var _index4 = require_startOfDay();
    function differenceInCalendarDays(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index2.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const laterStartOfDay = (0, _index4.startOfDay)(laterDate_);
      const earlierStartOfDay = (0, _index4.startOfDay)(earlierDate_);
      const laterTimestamp = +laterStartOfDay - (0, _index.getTimezoneOffsetInMilliseconds)(laterStartOfDay);
      const earlierTimestamp = +earlierStartOfDay - (0, _index.getTimezoneOffsetInMilliseconds)(earlierStartOfDay);
      return Math.round(
        (laterTimestamp - earlierTimestamp) / _index3.millisecondsInDay
      );
    }
  }
});

// node_modules/date-fns/startOfISOWeekYear.cjs
var require_startOfISOWeekYear = __commonJS({
  "node_modules/date-fns/startOfISOWeekYear.cjs"(exports2) {
    "use strict";
    exports2.startOfISOWeekYear = startOfISOWeekYear;
    var _index = require_constructFrom();
    var _index2 = require_getISOWeekYear();
    var _index3 = require_startOfISOWeek();
    function startOfISOWeekYear(date, options) {
      const year = (0, _index2.getISOWeekYear)(date, options);
      const fourthOfJanuary = (0, _index.constructFrom)(options?.in || date, 0);
      fourthOfJanuary.setFullYear(year, 0, 4);
      fourthOfJanuary.setHours(0, 0, 0, 0);
      return (0, _index3.startOfISOWeek)(fourthOfJanuary);
    }
  }
});

// node_modules/date-fns/setISOWeekYear.cjs
var require_setISOWeekYear = __commonJS({
  "node_modules/date-fns/setISOWeekYear.cjs"(exports2) {
    "use strict";
    exports2.setISOWeekYear = setISOWeekYear;
    var _index = require_constructFrom();
    var _index2 = require_differenceInCalendarDays();
    var _index3 = require_startOfISOWeekYear();
    var _index4 = require_toDate();
    function setISOWeekYear(date, weekYear, options) {
      let _date = (0, _index4.toDate)(date, options?.in);
      const diff = (0, _index2.differenceInCalendarDays)(
        _date,
        (0, _index3.startOfISOWeekYear)(_date, options)
      );
      const fourthOfJanuary = (0, _index.constructFrom)(options?.in || date, 0);
      fourthOfJanuary.setFullYear(weekYear, 0, 4);
      fourthOfJanuary.setHours(0, 0, 0, 0);
      _date = (0, _index3.startOfISOWeekYear)(fourthOfJanuary);
      _date.setDate(_date.getDate() + diff);
      return _date;
    }
  }
});

// node_modules/date-fns/addISOWeekYears.cjs
var require_addISOWeekYears = __commonJS({
  "node_modules/date-fns/addISOWeekYears.cjs"(exports2) {
    "use strict";
    exports2.addISOWeekYears = addISOWeekYears;
    var _index = require_getISOWeekYear();
    var _index2 = require_setISOWeekYear();
    function addISOWeekYears(date, amount, options) {
      return (0, _index2.setISOWeekYear)(
        date,
        (0, _index.getISOWeekYear)(date, options) + amount,
        options
      );
    }
  }
});

// node_modules/date-fns/addMinutes.cjs
var require_addMinutes = __commonJS({
  "node_modules/date-fns/addMinutes.cjs"(exports2) {
    "use strict";
    exports2.addMinutes = addMinutes;
    var _index = require_constants();
    var _index2 = require_toDate();
    function addMinutes(date, amount, options) {
      const _date = (0, _index2.toDate)(date, options?.in);
      _date.setTime(_date.getTime() + amount * _index.millisecondsInMinute);
      return _date;
    }
  }
});

// node_modules/date-fns/addQuarters.cjs
var require_addQuarters = __commonJS({
  "node_modules/date-fns/addQuarters.cjs"(exports2) {
    "use strict";
    exports2.addQuarters = addQuarters;
    var _index = require_addMonths();
    function addQuarters(date, amount, options) {
      return (0, _index.addMonths)(date, amount * 3, options);
    }
  }
});

// node_modules/date-fns/addSeconds.cjs
var require_addSeconds = __commonJS({
  "node_modules/date-fns/addSeconds.cjs"(exports2) {
    "use strict";
    exports2.addSeconds = addSeconds;
    var _index = require_addMilliseconds();
    function addSeconds(date, amount, options) {
      return (0, _index.addMilliseconds)(date, amount * 1e3, options);
    }
  }
});

// node_modules/date-fns/addWeeks.cjs
var require_addWeeks = __commonJS({
  "node_modules/date-fns/addWeeks.cjs"(exports2) {
    "use strict";
    exports2.addWeeks = addWeeks;
    var _index = require_addDays();
    function addWeeks(date, amount, options) {
      return (0, _index.addDays)(date, amount * 7, options);
    }
  }
});

// node_modules/date-fns/addYears.cjs
var require_addYears = __commonJS({
  "node_modules/date-fns/addYears.cjs"(exports2) {
    "use strict";
    exports2.addYears = addYears;
    var _index = require_addMonths();
    function addYears(date, amount, options) {
      return (0, _index.addMonths)(date, amount * 12, options);
    }
  }
});

// node_modules/date-fns/areIntervalsOverlapping.cjs
var require_areIntervalsOverlapping = __commonJS({
  "node_modules/date-fns/areIntervalsOverlapping.cjs"(exports2) {
    "use strict";
    exports2.areIntervalsOverlapping = areIntervalsOverlapping;
    var _index = require_toDate();
    function areIntervalsOverlapping(intervalLeft, intervalRight, options) {
      const [leftStartTime, leftEndTime] = [
        +(0, _index.toDate)(intervalLeft.start, options?.in),
        +(0, _index.toDate)(intervalLeft.end, options?.in)
      ].sort((a, b) => a - b);
      const [rightStartTime, rightEndTime] = [
        +(0, _index.toDate)(intervalRight.start, options?.in),
        +(0, _index.toDate)(intervalRight.end, options?.in)
      ].sort((a, b) => a - b);
      if (options?.inclusive)
        return leftStartTime <= rightEndTime && rightStartTime <= leftEndTime;
      return leftStartTime < rightEndTime && rightStartTime < leftEndTime;
    }
  }
});

// node_modules/date-fns/max.cjs
var require_max = __commonJS({
  "node_modules/date-fns/max.cjs"(exports2) {
    "use strict";
    exports2.max = max;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function max(dates, options) {
      let result;
      let context = options?.in;
      dates.forEach((date) => {
        if (!context && typeof date === "object")
          context = _index.constructFrom.bind(null, date);
        const date_ = (0, _index2.toDate)(date, context);
        if (!result || result < date_ || isNaN(+date_)) result = date_;
      });
      return (0, _index.constructFrom)(context, result || NaN);
    }
  }
});

// node_modules/date-fns/min.cjs
var require_min = __commonJS({
  "node_modules/date-fns/min.cjs"(exports2) {
    "use strict";
    exports2.min = min;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function min(dates, options) {
      let result;
      let context = options?.in;
      dates.forEach((date) => {
        if (!context && typeof date === "object")
          context = _index.constructFrom.bind(null, date);
        const date_ = (0, _index2.toDate)(date, context);
        if (!result || result > date_ || isNaN(+date_)) result = date_;
      });
      return (0, _index.constructFrom)(context, result || NaN);
    }
  }
});

// node_modules/date-fns/clamp.cjs
var require_clamp = __commonJS({
  "node_modules/date-fns/clamp.cjs"(exports2) {
    "use strict";
    exports2.clamp = clamp;
    var _index = require_normalizeDates();
    var _index2 = require_max();
    var _index3 = require_min();
    function clamp(date, interval, options) {
      const [date_, start, end] = (0, _index.normalizeDates)(
        options?.in,
        date,
        interval.start,
        interval.end
      );
      return (0, _index3.min)(
        [(0, _index2.max)([date_, start], options), end],
        options
      );
    }
  }
});

// node_modules/date-fns/closestIndexTo.cjs
var require_closestIndexTo = __commonJS({
  "node_modules/date-fns/closestIndexTo.cjs"(exports2) {
    "use strict";
    exports2.closestIndexTo = closestIndexTo;
    var _index = require_toDate();
    function closestIndexTo(dateToCompare, dates) {
      const timeToCompare = +(0, _index.toDate)(dateToCompare);
      if (isNaN(timeToCompare)) return NaN;
      let result;
      let minDistance;
      dates.forEach((date, index) => {
        const date_ = (0, _index.toDate)(date);
        if (isNaN(+date_)) {
          result = NaN;
          minDistance = NaN;
          return;
        }
        const distance = Math.abs(timeToCompare - +date_);
        if (result == null || distance < minDistance) {
          result = index;
          minDistance = distance;
        }
      });
      return result;
    }
  }
});

// node_modules/date-fns/closestTo.cjs
var require_closestTo = __commonJS({
  "node_modules/date-fns/closestTo.cjs"(exports2) {
    "use strict";
    exports2.closestTo = closestTo;
    var _index = require_normalizeDates();
    var _index2 = require_closestIndexTo();
    var _index3 = require_constructFrom();
    function closestTo(dateToCompare, dates, options) {
      const [dateToCompare_, ...dates_] = (0, _index.normalizeDates)(
        options?.in,
        dateToCompare,
        ...dates
      );
      const index = (0, _index2.closestIndexTo)(dateToCompare_, dates_);
      if (typeof index === "number" && isNaN(index))
        return (0, _index3.constructFrom)(dateToCompare_, NaN);
      if (index !== void 0) return dates_[index];
    }
  }
});

// node_modules/date-fns/compareAsc.cjs
var require_compareAsc = __commonJS({
  "node_modules/date-fns/compareAsc.cjs"(exports2) {
    "use strict";
    exports2.compareAsc = compareAsc;
    var _index = require_toDate();
    function compareAsc(dateLeft, dateRight) {
      const diff = +(0, _index.toDate)(dateLeft) - +(0, _index.toDate)(dateRight);
      if (diff < 0) return -1;
      else if (diff > 0) return 1;
      return diff;
    }
  }
});

// node_modules/date-fns/compareDesc.cjs
var require_compareDesc = __commonJS({
  "node_modules/date-fns/compareDesc.cjs"(exports2) {
    "use strict";
    exports2.compareDesc = compareDesc;
    var _index = require_toDate();
    function compareDesc(dateLeft, dateRight) {
      const diff = +(0, _index.toDate)(dateLeft) - +(0, _index.toDate)(dateRight);
      if (diff > 0) return -1;
      else if (diff < 0) return 1;
      return diff;
    }
  }
});

// node_modules/date-fns/constructNow.cjs
var require_constructNow = __commonJS({
  "node_modules/date-fns/constructNow.cjs"(exports2) {
    "use strict";
    exports2.constructNow = constructNow;
    var _index = require_constructFrom();
    function constructNow(date) {
      return (0, _index.constructFrom)(date, Date.now());
    }
  }
});

// node_modules/date-fns/daysToWeeks.cjs
var require_daysToWeeks = __commonJS({
  "node_modules/date-fns/daysToWeeks.cjs"(exports2) {
    "use strict";
    exports2.daysToWeeks = daysToWeeks;
    var _index = require_constants();
    function daysToWeeks(days) {
      const result = Math.trunc(days / _index.daysInWeek);
      return result === 0 ? 0 : result;
    }
  }
});

// node_modules/date-fns/isSameDay.cjs
var require_isSameDay = __commonJS({
  "node_modules/date-fns/isSameDay.cjs"(exports2) {
    "use strict";
    exports2.isSameDay = isSameDay;
    var _index = require_normalizeDates();
    var _index2 = require_startOfDay();
    function isSameDay(laterDate, earlierDate, options) {
      const [dateLeft_, dateRight_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return +(0, _index2.startOfDay)(dateLeft_) === +(0, _index2.startOfDay)(dateRight_);
    }
  }
});

// node_modules/date-fns/isDate.cjs
var require_isDate = __commonJS({
  "node_modules/date-fns/isDate.cjs"(exports2) {
    "use strict";
    exports2.isDate = isDate;
    function isDate(value) {
      return value instanceof Date || typeof value === "object" && Object.prototype.toString.call(value) === "[object Date]";
    }
  }
});

// node_modules/date-fns/isValid.cjs
var require_isValid = __commonJS({
  "node_modules/date-fns/isValid.cjs"(exports2) {
    "use strict";
    exports2.isValid = isValid;
    var _index = require_isDate();
    var _index2 = require_toDate();
    function isValid(date) {
      return !(!(0, _index.isDate)(date) && typeof date !== "number" || isNaN(+(0, _index2.toDate)(date)));
    }
  }
});

// node_modules/date-fns/differenceInBusinessDays.cjs
var require_differenceInBusinessDays = __commonJS({
  "node_modules/date-fns/differenceInBusinessDays.cjs"(exports2) {
    "use strict";
    exports2.differenceInBusinessDays = differenceInBusinessDays;
    var _index = require_normalizeDates();
    var _index2 = require_addDays();
    var _index3 = require_differenceInCalendarDays();
    var _index4 = require_isSameDay();
    var _index5 = require_isValid();
    var _index6 = require_isWeekend();
    function differenceInBusinessDays(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      if (!(0, _index5.isValid)(laterDate_) || !(0, _index5.isValid)(earlierDate_))
        return NaN;
      const diff = (0, _index3.differenceInCalendarDays)(laterDate_, earlierDate_);
      const sign = diff < 0 ? -1 : 1;
      const weeks = Math.trunc(diff / 7);
      let result = weeks * 5;
      let movingDate = (0, _index2.addDays)(earlierDate_, weeks * 7);
      while (!(0, _index4.isSameDay)(laterDate_, movingDate)) {
        result += (0, _index6.isWeekend)(movingDate, options) ? 0 : sign;
        movingDate = (0, _index2.addDays)(movingDate, sign);
      }
      return result === 0 ? 0 : result;
    }
  }
});

// node_modules/date-fns/differenceInCalendarISOWeekYears.cjs
var require_differenceInCalendarISOWeekYears = __commonJS({
  "node_modules/date-fns/differenceInCalendarISOWeekYears.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarISOWeekYears = differenceInCalendarISOWeekYears;
    var _index = require_normalizeDates();
    var _index2 = require_getISOWeekYear();
    function differenceInCalendarISOWeekYears(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return (0, _index2.getISOWeekYear)(laterDate_, options) - (0, _index2.getISOWeekYear)(earlierDate_, options);
    }
  }
});

// node_modules/date-fns/differenceInCalendarISOWeeks.cjs
var require_differenceInCalendarISOWeeks = __commonJS({
  "node_modules/date-fns/differenceInCalendarISOWeeks.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarISOWeeks = differenceInCalendarISOWeeks;
    var _index = require_getTimezoneOffsetInMilliseconds();
    var _index2 = require_normalizeDates();
    var _index3 = require_constants();
    var _index4 = require_startOfISOWeek();
    function differenceInCalendarISOWeeks(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index2.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const startOfISOWeekLeft = (0, _index4.startOfISOWeek)(laterDate_);
      const startOfISOWeekRight = (0, _index4.startOfISOWeek)(earlierDate_);
      const timestampLeft = +startOfISOWeekLeft - (0, _index.getTimezoneOffsetInMilliseconds)(startOfISOWeekLeft);
      const timestampRight = +startOfISOWeekRight - (0, _index.getTimezoneOffsetInMilliseconds)(startOfISOWeekRight);
      return Math.round(
        (timestampLeft - timestampRight) / _index3.millisecondsInWeek
      );
    }
  }
});

// node_modules/date-fns/differenceInCalendarMonths.cjs
var require_differenceInCalendarMonths = __commonJS({
  "node_modules/date-fns/differenceInCalendarMonths.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarMonths = differenceInCalendarMonths;
    var _index = require_normalizeDates();
    function differenceInCalendarMonths(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const yearsDiff = laterDate_.getFullYear() - earlierDate_.getFullYear();
      const monthsDiff = laterDate_.getMonth() - earlierDate_.getMonth();
      return yearsDiff * 12 + monthsDiff;
    }
  }
});

// node_modules/date-fns/getQuarter.cjs
var require_getQuarter = __commonJS({
  "node_modules/date-fns/getQuarter.cjs"(exports2) {
    "use strict";
    exports2.getQuarter = getQuarter;
    var _index = require_toDate();
    function getQuarter(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const quarter = Math.trunc(_date.getMonth() / 3) + 1;
      return quarter;
    }
  }
});

// node_modules/date-fns/differenceInCalendarQuarters.cjs
var require_differenceInCalendarQuarters = __commonJS({
  "node_modules/date-fns/differenceInCalendarQuarters.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarQuarters = differenceInCalendarQuarters;
    var _index = require_normalizeDates();
    var _index2 = require_getQuarter();
    function differenceInCalendarQuarters(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const yearsDiff = laterDate_.getFullYear() - earlierDate_.getFullYear();
      const quartersDiff = (0, _index2.getQuarter)(laterDate_) - (0, _index2.getQuarter)(earlierDate_);
      return yearsDiff * 4 + quartersDiff;
    }
  }
});

// node_modules/date-fns/differenceInCalendarWeeks.cjs
var require_differenceInCalendarWeeks = __commonJS({
  "node_modules/date-fns/differenceInCalendarWeeks.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarWeeks = differenceInCalendarWeeks;
    var _index = require_getTimezoneOffsetInMilliseconds();
    var _index2 = require_normalizeDates();
    var _index3 = require_constants();
    var _index4 = require_startOfWeek();
    function differenceInCalendarWeeks(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index2.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const laterStartOfWeek = (0, _index4.startOfWeek)(laterDate_, options);
      const earlierStartOfWeek = (0, _index4.startOfWeek)(earlierDate_, options);
      const laterTimestamp = +laterStartOfWeek - (0, _index.getTimezoneOffsetInMilliseconds)(laterStartOfWeek);
      const earlierTimestamp = +earlierStartOfWeek - (0, _index.getTimezoneOffsetInMilliseconds)(earlierStartOfWeek);
      return Math.round(
        (laterTimestamp - earlierTimestamp) / _index3.millisecondsInWeek
      );
    }
  }
});

// node_modules/date-fns/differenceInCalendarYears.cjs
var require_differenceInCalendarYears = __commonJS({
  "node_modules/date-fns/differenceInCalendarYears.cjs"(exports2) {
    "use strict";
    exports2.differenceInCalendarYears = differenceInCalendarYears;
    var _index = require_normalizeDates();
    function differenceInCalendarYears(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return laterDate_.getFullYear() - earlierDate_.getFullYear();
    }
  }
});

// node_modules/date-fns/differenceInDays.cjs
var require_differenceInDays = __commonJS({
  "node_modules/date-fns/differenceInDays.cjs"(exports2) {
    "use strict";
    exports2.differenceInDays = differenceInDays;
    var _index = require_normalizeDates();
    var _index2 = require_differenceInCalendarDays();
    function differenceInDays(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const sign = compareLocalAsc(laterDate_, earlierDate_);
      const difference = Math.abs(
        (0, _index2.differenceInCalendarDays)(laterDate_, earlierDate_)
      );
      laterDate_.setDate(laterDate_.getDate() - sign * difference);
      const isLastDayNotFull = Number(
        compareLocalAsc(laterDate_, earlierDate_) === -sign
      );
      const result = sign * (difference - isLastDayNotFull);
      return result === 0 ? 0 : result;
    }
    function compareLocalAsc(laterDate, earlierDate) {
      const diff = laterDate.getFullYear() - earlierDate.getFullYear() || laterDate.getMonth() - earlierDate.getMonth() || laterDate.getDate() - earlierDate.getDate() || laterDate.getHours() - earlierDate.getHours() || laterDate.getMinutes() - earlierDate.getMinutes() || laterDate.getSeconds() - earlierDate.getSeconds() || laterDate.getMilliseconds() - earlierDate.getMilliseconds();
      if (diff < 0) return -1;
      if (diff > 0) return 1;
      return diff;
    }
  }
});

// node_modules/date-fns/_lib/getRoundingMethod.cjs
var require_getRoundingMethod = __commonJS({
  "node_modules/date-fns/_lib/getRoundingMethod.cjs"(exports2) {
    "use strict";
    exports2.getRoundingMethod = getRoundingMethod;
    function getRoundingMethod(method) {
      return (number) => {
        const round = method ? Math[method] : Math.trunc;
        const result = round(number);
        return result === 0 ? 0 : result;
      };
    }
  }
});

// node_modules/date-fns/differenceInHours.cjs
var require_differenceInHours = __commonJS({
  "node_modules/date-fns/differenceInHours.cjs"(exports2) {
    "use strict";
    exports2.differenceInHours = differenceInHours;
    var _index = require_getRoundingMethod();
    var _index2 = require_normalizeDates();
    var _index3 = require_constants();
    function differenceInHours(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index2.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const diff = (+laterDate_ - +earlierDate_) / _index3.millisecondsInHour;
      return (0, _index.getRoundingMethod)(options?.roundingMethod)(diff);
    }
  }
});

// node_modules/date-fns/subISOWeekYears.cjs
var require_subISOWeekYears = __commonJS({
  "node_modules/date-fns/subISOWeekYears.cjs"(exports2) {
    "use strict";
    exports2.subISOWeekYears = subISOWeekYears;
    var _index = require_addISOWeekYears();
    function subISOWeekYears(date, amount, options) {
      return (0, _index.addISOWeekYears)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/differenceInISOWeekYears.cjs
var require_differenceInISOWeekYears = __commonJS({
  "node_modules/date-fns/differenceInISOWeekYears.cjs"(exports2) {
    "use strict";
    exports2.differenceInISOWeekYears = differenceInISOWeekYears;
    var _index = require_normalizeDates();
    var _index2 = require_compareAsc();
    var _index3 = require_differenceInCalendarISOWeekYears();
    var _index4 = require_subISOWeekYears();
    function differenceInISOWeekYears(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const sign = (0, _index2.compareAsc)(laterDate_, earlierDate_);
      const diff = Math.abs(
        (0, _index3.differenceInCalendarISOWeekYears)(
          laterDate_,
          earlierDate_,
          options
        )
      );
      const adjustedDate = (0, _index4.subISOWeekYears)(
        laterDate_,
        sign * diff,
        options
      );
      const isLastISOWeekYearNotFull = Number(
        (0, _index2.compareAsc)(adjustedDate, earlierDate_) === -sign
      );
      const result = sign * (diff - isLastISOWeekYearNotFull);
      return result === 0 ? 0 : result;
    }
  }
});

// node_modules/date-fns/differenceInMilliseconds.cjs
var require_differenceInMilliseconds = __commonJS({
  "node_modules/date-fns/differenceInMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.differenceInMilliseconds = differenceInMilliseconds;
    var _index = require_toDate();
    function differenceInMilliseconds(laterDate, earlierDate) {
      return +(0, _index.toDate)(laterDate) - +(0, _index.toDate)(earlierDate);
    }
  }
});

// node_modules/date-fns/differenceInMinutes.cjs
var require_differenceInMinutes = __commonJS({
  "node_modules/date-fns/differenceInMinutes.cjs"(exports2) {
    "use strict";
    exports2.differenceInMinutes = differenceInMinutes;
    var _index = require_getRoundingMethod();
    var _index2 = require_constants();
    var _index3 = require_differenceInMilliseconds();
    function differenceInMinutes(dateLeft, dateRight, options) {
      const diff = (0, _index3.differenceInMilliseconds)(dateLeft, dateRight) / _index2.millisecondsInMinute;
      return (0, _index.getRoundingMethod)(options?.roundingMethod)(diff);
    }
  }
});

// node_modules/date-fns/endOfDay.cjs
var require_endOfDay = __commonJS({
  "node_modules/date-fns/endOfDay.cjs"(exports2) {
    "use strict";
    exports2.endOfDay = endOfDay;
    var _index = require_toDate();
    function endOfDay(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setHours(23, 59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfMonth.cjs
var require_endOfMonth = __commonJS({
  "node_modules/date-fns/endOfMonth.cjs"(exports2) {
    "use strict";
    exports2.endOfMonth = endOfMonth;
    var _index = require_toDate();
    function endOfMonth(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const month = _date.getMonth();
      _date.setFullYear(_date.getFullYear(), month + 1, 0);
      _date.setHours(23, 59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/isLastDayOfMonth.cjs
var require_isLastDayOfMonth = __commonJS({
  "node_modules/date-fns/isLastDayOfMonth.cjs"(exports2) {
    "use strict";
    exports2.isLastDayOfMonth = isLastDayOfMonth;
    var _index = require_endOfDay();
    var _index2 = require_endOfMonth();
    var _index3 = require_toDate();
    function isLastDayOfMonth(date, options) {
      const _date = (0, _index3.toDate)(date, options?.in);
      return +(0, _index.endOfDay)(_date, options) === +(0, _index2.endOfMonth)(_date, options);
    }
  }
});

// node_modules/date-fns/differenceInMonths.cjs
var require_differenceInMonths = __commonJS({
  "node_modules/date-fns/differenceInMonths.cjs"(exports2) {
    "use strict";
    exports2.differenceInMonths = differenceInMonths;
    var _index = require_normalizeDates();
    var _index2 = require_compareAsc();
    var _index3 = require_differenceInCalendarMonths();
    var _index4 = require_isLastDayOfMonth();
    function differenceInMonths(laterDate, earlierDate, options) {
      const [laterDate_, workingLaterDate, earlierDate_] = (0, _index.normalizeDates)(options?.in, laterDate, laterDate, earlierDate);
      const sign = (0, _index2.compareAsc)(workingLaterDate, earlierDate_);
      const difference = Math.abs(
        (0, _index3.differenceInCalendarMonths)(workingLaterDate, earlierDate_)
      );
      if (difference < 1) return 0;
      if (workingLaterDate.getMonth() === 1 && workingLaterDate.getDate() > 27)
        workingLaterDate.setDate(30);
      workingLaterDate.setMonth(workingLaterDate.getMonth() - sign * difference);
      let isLastMonthNotFull = (0, _index2.compareAsc)(workingLaterDate, earlierDate_) === -sign;
      if ((0, _index4.isLastDayOfMonth)(laterDate_) && difference === 1 && (0, _index2.compareAsc)(laterDate_, earlierDate_) === 1) {
        isLastMonthNotFull = false;
      }
      const result = sign * (difference - +isLastMonthNotFull);
      return result === 0 ? 0 : result;
    }
  }
});

// node_modules/date-fns/differenceInQuarters.cjs
var require_differenceInQuarters = __commonJS({
  "node_modules/date-fns/differenceInQuarters.cjs"(exports2) {
    "use strict";
    exports2.differenceInQuarters = differenceInQuarters;
    var _index = require_getRoundingMethod();
    var _index2 = require_differenceInMonths();
    function differenceInQuarters(laterDate, earlierDate, options) {
      const diff = (0, _index2.differenceInMonths)(laterDate, earlierDate, options) / 3;
      return (0, _index.getRoundingMethod)(options?.roundingMethod)(diff);
    }
  }
});

// node_modules/date-fns/differenceInSeconds.cjs
var require_differenceInSeconds = __commonJS({
  "node_modules/date-fns/differenceInSeconds.cjs"(exports2) {
    "use strict";
    exports2.differenceInSeconds = differenceInSeconds;
    var _index = require_getRoundingMethod();
    var _index2 = require_differenceInMilliseconds();
    function differenceInSeconds(laterDate, earlierDate, options) {
      const diff = (0, _index2.differenceInMilliseconds)(laterDate, earlierDate) / 1e3;
      return (0, _index.getRoundingMethod)(options?.roundingMethod)(diff);
    }
  }
});

// node_modules/date-fns/differenceInWeeks.cjs
var require_differenceInWeeks = __commonJS({
  "node_modules/date-fns/differenceInWeeks.cjs"(exports2) {
    "use strict";
    exports2.differenceInWeeks = differenceInWeeks;
    var _index = require_getRoundingMethod();
    var _index2 = require_differenceInDays();
    function differenceInWeeks(laterDate, earlierDate, options) {
      const diff = (0, _index2.differenceInDays)(laterDate, earlierDate, options) / 7;
      return (0, _index.getRoundingMethod)(options?.roundingMethod)(diff);
    }
  }
});

// node_modules/date-fns/differenceInYears.cjs
var require_differenceInYears = __commonJS({
  "node_modules/date-fns/differenceInYears.cjs"(exports2) {
    "use strict";
    exports2.differenceInYears = differenceInYears;
    var _index = require_normalizeDates();
    var _index2 = require_compareAsc();
    var _index3 = require_differenceInCalendarYears();
    function differenceInYears(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      const sign = (0, _index2.compareAsc)(laterDate_, earlierDate_);
      const diff = Math.abs(
        (0, _index3.differenceInCalendarYears)(laterDate_, earlierDate_)
      );
      laterDate_.setFullYear(1584);
      earlierDate_.setFullYear(1584);
      const partial = (0, _index2.compareAsc)(laterDate_, earlierDate_) === -sign;
      const result = sign * (diff - +partial);
      return result === 0 ? 0 : result;
    }
  }
});

// node_modules/date-fns/_lib/normalizeInterval.cjs
var require_normalizeInterval = __commonJS({
  "node_modules/date-fns/_lib/normalizeInterval.cjs"(exports2) {
    "use strict";
    exports2.normalizeInterval = normalizeInterval;
    var _index = require_normalizeDates();
    function normalizeInterval(context, interval) {
      const [start, end] = (0, _index.normalizeDates)(
        context,
        interval.start,
        interval.end
      );
      return { start, end };
    }
  }
});

// node_modules/date-fns/eachDayOfInterval.cjs
var require_eachDayOfInterval = __commonJS({
  "node_modules/date-fns/eachDayOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachDayOfInterval = eachDayOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_constructFrom();
    function eachDayOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      let reversed = +start > +end;
      const endTime = reversed ? +start : +end;
      const date = reversed ? end : start;
      date.setHours(0, 0, 0, 0);
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+date <= endTime) {
        dates.push((0, _index2.constructFrom)(start, date));
        date.setDate(date.getDate() + step);
        date.setHours(0, 0, 0, 0);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/eachHourOfInterval.cjs
var require_eachHourOfInterval = __commonJS({
  "node_modules/date-fns/eachHourOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachHourOfInterval = eachHourOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_constructFrom();
    function eachHourOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      let reversed = +start > +end;
      const endTime = reversed ? +start : +end;
      const date = reversed ? end : start;
      date.setMinutes(0, 0, 0);
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+date <= endTime) {
        dates.push((0, _index2.constructFrom)(start, date));
        date.setHours(date.getHours() + step);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/eachMinuteOfInterval.cjs
var require_eachMinuteOfInterval = __commonJS({
  "node_modules/date-fns/eachMinuteOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachMinuteOfInterval = eachMinuteOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_addMinutes();
    var _index3 = require_constructFrom();
    function eachMinuteOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      start.setSeconds(0, 0);
      let reversed = +start > +end;
      const endTime = reversed ? +start : +end;
      let date = reversed ? end : start;
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+date <= endTime) {
        dates.push((0, _index3.constructFrom)(start, date));
        date = (0, _index2.addMinutes)(date, step);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/eachMonthOfInterval.cjs
var require_eachMonthOfInterval = __commonJS({
  "node_modules/date-fns/eachMonthOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachMonthOfInterval = eachMonthOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_constructFrom();
    function eachMonthOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      let reversed = +start > +end;
      const endTime = reversed ? +start : +end;
      const date = reversed ? end : start;
      date.setHours(0, 0, 0, 0);
      date.setDate(1);
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+date <= endTime) {
        dates.push((0, _index2.constructFrom)(start, date));
        date.setMonth(date.getMonth() + step);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/startOfQuarter.cjs
var require_startOfQuarter = __commonJS({
  "node_modules/date-fns/startOfQuarter.cjs"(exports2) {
    "use strict";
    exports2.startOfQuarter = startOfQuarter;
    var _index = require_toDate();
    function startOfQuarter(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const currentMonth = _date.getMonth();
      const month = currentMonth - currentMonth % 3;
      _date.setMonth(month, 1);
      _date.setHours(0, 0, 0, 0);
      return _date;
    }
  }
});

// node_modules/date-fns/eachQuarterOfInterval.cjs
var require_eachQuarterOfInterval = __commonJS({
  "node_modules/date-fns/eachQuarterOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachQuarterOfInterval = eachQuarterOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_addQuarters();
    var _index3 = require_constructFrom();
    var _index4 = require_startOfQuarter();
    function eachQuarterOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      let reversed = +start > +end;
      const endTime = reversed ? +(0, _index4.startOfQuarter)(start) : +(0, _index4.startOfQuarter)(end);
      let date = reversed ? (0, _index4.startOfQuarter)(end) : (0, _index4.startOfQuarter)(start);
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+date <= endTime) {
        dates.push((0, _index3.constructFrom)(start, date));
        date = (0, _index2.addQuarters)(date, step);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/eachWeekOfInterval.cjs
var require_eachWeekOfInterval = __commonJS({
  "node_modules/date-fns/eachWeekOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachWeekOfInterval = eachWeekOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_addWeeks();
    var _index3 = require_constructFrom();
    var _index4 = require_startOfWeek();
    function eachWeekOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      let reversed = +start > +end;
      const startDateWeek = reversed ? (0, _index4.startOfWeek)(end, options) : (0, _index4.startOfWeek)(start, options);
      const endDateWeek = reversed ? (0, _index4.startOfWeek)(start, options) : (0, _index4.startOfWeek)(end, options);
      startDateWeek.setHours(15);
      endDateWeek.setHours(15);
      const endTime = +endDateWeek.getTime();
      let currentDate = startDateWeek;
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+currentDate <= endTime) {
        currentDate.setHours(0);
        dates.push((0, _index3.constructFrom)(start, currentDate));
        currentDate = (0, _index2.addWeeks)(currentDate, step);
        currentDate.setHours(15);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/eachWeekendOfInterval.cjs
var require_eachWeekendOfInterval = __commonJS({
  "node_modules/date-fns/eachWeekendOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachWeekendOfInterval = eachWeekendOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_constructFrom();
    var _index3 = require_eachDayOfInterval();
    var _index4 = require_isWeekend();
    function eachWeekendOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      const dateInterval = (0, _index3.eachDayOfInterval)({ start, end }, options);
      const weekends = [];
      let index = 0;
      while (index < dateInterval.length) {
        const date = dateInterval[index++];
        if ((0, _index4.isWeekend)(date))
          weekends.push((0, _index2.constructFrom)(start, date));
      }
      return weekends;
    }
  }
});

// node_modules/date-fns/startOfMonth.cjs
var require_startOfMonth = __commonJS({
  "node_modules/date-fns/startOfMonth.cjs"(exports2) {
    "use strict";
    exports2.startOfMonth = startOfMonth;
    var _index = require_toDate();
    function startOfMonth(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setDate(1);
      _date.setHours(0, 0, 0, 0);
      return _date;
    }
  }
});

// node_modules/date-fns/eachWeekendOfMonth.cjs
var require_eachWeekendOfMonth = __commonJS({
  "node_modules/date-fns/eachWeekendOfMonth.cjs"(exports2) {
    "use strict";
    exports2.eachWeekendOfMonth = eachWeekendOfMonth;
    var _index = require_eachWeekendOfInterval();
    var _index2 = require_endOfMonth();
    var _index3 = require_startOfMonth();
    function eachWeekendOfMonth(date, options) {
      const start = (0, _index3.startOfMonth)(date, options);
      const end = (0, _index2.endOfMonth)(date, options);
      return (0, _index.eachWeekendOfInterval)({ start, end }, options);
    }
  }
});

// node_modules/date-fns/endOfYear.cjs
var require_endOfYear = __commonJS({
  "node_modules/date-fns/endOfYear.cjs"(exports2) {
    "use strict";
    exports2.endOfYear = endOfYear;
    var _index = require_toDate();
    function endOfYear(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const year = _date.getFullYear();
      _date.setFullYear(year + 1, 0, 0);
      _date.setHours(23, 59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/startOfYear.cjs
var require_startOfYear = __commonJS({
  "node_modules/date-fns/startOfYear.cjs"(exports2) {
    "use strict";
    exports2.startOfYear = startOfYear;
    var _index = require_toDate();
    function startOfYear(date, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      date_.setFullYear(date_.getFullYear(), 0, 1);
      date_.setHours(0, 0, 0, 0);
      return date_;
    }
  }
});

// node_modules/date-fns/eachWeekendOfYear.cjs
var require_eachWeekendOfYear = __commonJS({
  "node_modules/date-fns/eachWeekendOfYear.cjs"(exports2) {
    "use strict";
    exports2.eachWeekendOfYear = eachWeekendOfYear;
    var _index = require_eachWeekendOfInterval();
    var _index2 = require_endOfYear();
    var _index3 = require_startOfYear();
    function eachWeekendOfYear(date, options) {
      const start = (0, _index3.startOfYear)(date, options);
      const end = (0, _index2.endOfYear)(date, options);
      return (0, _index.eachWeekendOfInterval)({ start, end }, options);
    }
  }
});

// node_modules/date-fns/eachYearOfInterval.cjs
var require_eachYearOfInterval = __commonJS({
  "node_modules/date-fns/eachYearOfInterval.cjs"(exports2) {
    "use strict";
    exports2.eachYearOfInterval = eachYearOfInterval;
    var _index = require_normalizeInterval();
    var _index2 = require_constructFrom();
    function eachYearOfInterval(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      let reversed = +start > +end;
      const endTime = reversed ? +start : +end;
      const date = reversed ? end : start;
      date.setHours(0, 0, 0, 0);
      date.setMonth(0, 1);
      let step = options?.step ?? 1;
      if (!step) return [];
      if (step < 0) {
        step = -step;
        reversed = !reversed;
      }
      const dates = [];
      while (+date <= endTime) {
        dates.push((0, _index2.constructFrom)(start, date));
        date.setFullYear(date.getFullYear() + step);
      }
      return reversed ? dates.reverse() : dates;
    }
  }
});

// node_modules/date-fns/endOfDecade.cjs
var require_endOfDecade = __commonJS({
  "node_modules/date-fns/endOfDecade.cjs"(exports2) {
    "use strict";
    exports2.endOfDecade = endOfDecade;
    var _index = require_toDate();
    function endOfDecade(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const decade = 9 + Math.floor(year / 10) * 10;
      _date.setFullYear(decade, 11, 31);
      _date.setHours(23, 59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfHour.cjs
var require_endOfHour = __commonJS({
  "node_modules/date-fns/endOfHour.cjs"(exports2) {
    "use strict";
    exports2.endOfHour = endOfHour;
    var _index = require_toDate();
    function endOfHour(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setMinutes(59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfWeek.cjs
var require_endOfWeek = __commonJS({
  "node_modules/date-fns/endOfWeek.cjs"(exports2) {
    "use strict";
    exports2.endOfWeek = endOfWeek;
    var _index = require_defaultOptions();
    var _index2 = require_toDate();
    function endOfWeek(date, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const _date = (0, _index2.toDate)(date, options?.in);
      const day = _date.getDay();
      const diff = (day < weekStartsOn ? -7 : 0) + 6 - (day - weekStartsOn);
      _date.setDate(_date.getDate() + diff);
      _date.setHours(23, 59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfISOWeek.cjs
var require_endOfISOWeek = __commonJS({
  "node_modules/date-fns/endOfISOWeek.cjs"(exports2) {
    "use strict";
    exports2.endOfISOWeek = endOfISOWeek;
    var _index = require_endOfWeek();
    function endOfISOWeek(date, options) {
      return (0, _index.endOfWeek)(date, { ...options, weekStartsOn: 1 });
    }
  }
});

// node_modules/date-fns/endOfISOWeekYear.cjs
var require_endOfISOWeekYear = __commonJS({
  "node_modules/date-fns/endOfISOWeekYear.cjs"(exports2) {
    "use strict";
    exports2.endOfISOWeekYear = endOfISOWeekYear;
    var _index = require_constructFrom();
    var _index2 = require_getISOWeekYear();
    var _index3 = require_startOfISOWeek();
    function endOfISOWeekYear(date, options) {
      const year = (0, _index2.getISOWeekYear)(date, options);
      const fourthOfJanuaryOfNextYear = (0, _index.constructFrom)(
        options?.in || date,
        0
      );
      fourthOfJanuaryOfNextYear.setFullYear(year + 1, 0, 4);
      fourthOfJanuaryOfNextYear.setHours(0, 0, 0, 0);
      const _date = (0, _index3.startOfISOWeek)(fourthOfJanuaryOfNextYear, options);
      _date.setMilliseconds(_date.getMilliseconds() - 1);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfMinute.cjs
var require_endOfMinute = __commonJS({
  "node_modules/date-fns/endOfMinute.cjs"(exports2) {
    "use strict";
    exports2.endOfMinute = endOfMinute;
    var _index = require_toDate();
    function endOfMinute(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setSeconds(59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfQuarter.cjs
var require_endOfQuarter = __commonJS({
  "node_modules/date-fns/endOfQuarter.cjs"(exports2) {
    "use strict";
    exports2.endOfQuarter = endOfQuarter;
    var _index = require_toDate();
    function endOfQuarter(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const currentMonth = _date.getMonth();
      const month = currentMonth - currentMonth % 3 + 3;
      _date.setMonth(month, 0);
      _date.setHours(23, 59, 59, 999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfSecond.cjs
var require_endOfSecond = __commonJS({
  "node_modules/date-fns/endOfSecond.cjs"(exports2) {
    "use strict";
    exports2.endOfSecond = endOfSecond;
    var _index = require_toDate();
    function endOfSecond(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setMilliseconds(999);
      return _date;
    }
  }
});

// node_modules/date-fns/endOfToday.cjs
var require_endOfToday = __commonJS({
  "node_modules/date-fns/endOfToday.cjs"(exports2) {
    "use strict";
    exports2.endOfToday = endOfToday;
    var _index = require_endOfDay();
    function endOfToday(options) {
      return (0, _index.endOfDay)(Date.now(), options);
    }
  }
});

// node_modules/date-fns/endOfTomorrow.cjs
var require_endOfTomorrow = __commonJS({
  "node_modules/date-fns/endOfTomorrow.cjs"(exports2) {
    "use strict";
    exports2.endOfTomorrow = endOfTomorrow;
    var _index = require_constructNow();
    function endOfTomorrow(options) {
      const now = (0, _index.constructNow)(options?.in);
      const year = now.getFullYear();
      const month = now.getMonth();
      const day = now.getDate();
      const date = (0, _index.constructNow)(options?.in);
      date.setFullYear(year, month, day + 1);
      date.setHours(23, 59, 59, 999);
      return options?.in ? options.in(date) : date;
    }
  }
});

// node_modules/date-fns/endOfYesterday.cjs
var require_endOfYesterday = __commonJS({
  "node_modules/date-fns/endOfYesterday.cjs"(exports2) {
    "use strict";
    exports2.endOfYesterday = endOfYesterday;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    function endOfYesterday(options) {
      const now = (0, _index2.constructNow)(options?.in);
      const date = (0, _index.constructFrom)(options?.in, 0);
      date.setFullYear(now.getFullYear(), now.getMonth(), now.getDate() - 1);
      date.setHours(23, 59, 59, 999);
      return date;
    }
  }
});

// node_modules/date-fns/locale/en-US/_lib/formatDistance.cjs
var require_formatDistance = __commonJS({
  "node_modules/date-fns/locale/en-US/_lib/formatDistance.cjs"(exports2) {
    "use strict";
    exports2.formatDistance = void 0;
    var formatDistanceLocale = {
      lessThanXSeconds: {
        one: "less than a second",
        other: "less than {{count}} seconds"
      },
      xSeconds: {
        one: "1 second",
        other: "{{count}} seconds"
      },
      halfAMinute: "half a minute",
      lessThanXMinutes: {
        one: "less than a minute",
        other: "less than {{count}} minutes"
      },
      xMinutes: {
        one: "1 minute",
        other: "{{count}} minutes"
      },
      aboutXHours: {
        one: "about 1 hour",
        other: "about {{count}} hours"
      },
      xHours: {
        one: "1 hour",
        other: "{{count}} hours"
      },
      xDays: {
        one: "1 day",
        other: "{{count}} days"
      },
      aboutXWeeks: {
        one: "about 1 week",
        other: "about {{count}} weeks"
      },
      xWeeks: {
        one: "1 week",
        other: "{{count}} weeks"
      },
      aboutXMonths: {
        one: "about 1 month",
        other: "about {{count}} months"
      },
      xMonths: {
        one: "1 month",
        other: "{{count}} months"
      },
      aboutXYears: {
        one: "about 1 year",
        other: "about {{count}} years"
      },
      xYears: {
        one: "1 year",
        other: "{{count}} years"
      },
      overXYears: {
        one: "over 1 year",
        other: "over {{count}} years"
      },
      almostXYears: {
        one: "almost 1 year",
        other: "almost {{count}} years"
      }
    };
    var formatDistance = (token, count, options) => {
      let result;
      const tokenValue = formatDistanceLocale[token];
      if (typeof tokenValue === "string") {
        result = tokenValue;
      } else if (count === 1) {
        result = tokenValue.one;
      } else {
        result = tokenValue.other.replace("{{count}}", count.toString());
      }
      if (options?.addSuffix) {
        if (options.comparison && options.comparison > 0) {
          return "in " + result;
        } else {
          return result + " ago";
        }
      }
      return result;
    };
    exports2.formatDistance = formatDistance;
  }
});

// node_modules/date-fns/locale/_lib/buildFormatLongFn.cjs
var require_buildFormatLongFn = __commonJS({
  "node_modules/date-fns/locale/_lib/buildFormatLongFn.cjs"(exports2) {
    "use strict";
    exports2.buildFormatLongFn = buildFormatLongFn;
    function buildFormatLongFn(args) {
      return (options = {}) => {
        const width = options.width ? String(options.width) : args.defaultWidth;
        const format = args.formats[width] || args.formats[args.defaultWidth];
        return format;
      };
    }
  }
});

// node_modules/date-fns/locale/en-US/_lib/formatLong.cjs
var require_formatLong = __commonJS({
  "node_modules/date-fns/locale/en-US/_lib/formatLong.cjs"(exports2) {
    "use strict";
    exports2.formatLong = void 0;
    var _index = require_buildFormatLongFn();
    var dateFormats = {
      full: "EEEE, MMMM do, y",
      long: "MMMM do, y",
      medium: "MMM d, y",
      short: "MM/dd/yyyy"
    };
    var timeFormats = {
      full: "h:mm:ss a zzzz",
      long: "h:mm:ss a z",
      medium: "h:mm:ss a",
      short: "h:mm a"
    };
    var dateTimeFormats = {
      full: "{{date}} 'at' {{time}}",
      long: "{{date}} 'at' {{time}}",
      medium: "{{date}}, {{time}}",
      short: "{{date}}, {{time}}"
    };
    var formatLong = exports2.formatLong = {
      date: (0, _index.buildFormatLongFn)({
        formats: dateFormats,
        defaultWidth: "full"
      }),
      time: (0, _index.buildFormatLongFn)({
        formats: timeFormats,
        defaultWidth: "full"
      }),
      dateTime: (0, _index.buildFormatLongFn)({
        formats: dateTimeFormats,
        defaultWidth: "full"
      })
    };
  }
});

// node_modules/date-fns/locale/en-US/_lib/formatRelative.cjs
var require_formatRelative = __commonJS({
  "node_modules/date-fns/locale/en-US/_lib/formatRelative.cjs"(exports2) {
    "use strict";
    exports2.formatRelative = void 0;
    var formatRelativeLocale = {
      lastWeek: "'last' eeee 'at' p",
      yesterday: "'yesterday at' p",
      today: "'today at' p",
      tomorrow: "'tomorrow at' p",
      nextWeek: "eeee 'at' p",
      other: "P"
    };
    var formatRelative = (token, _date, _baseDate, _options) => formatRelativeLocale[token];
    exports2.formatRelative = formatRelative;
  }
});

// node_modules/date-fns/locale/_lib/buildLocalizeFn.cjs
var require_buildLocalizeFn = __commonJS({
  "node_modules/date-fns/locale/_lib/buildLocalizeFn.cjs"(exports2) {
    "use strict";
    exports2.buildLocalizeFn = buildLocalizeFn;
    function buildLocalizeFn(args) {
      return (value, options) => {
        const context = options?.context ? String(options.context) : "standalone";
        let valuesArray;
        if (context === "formatting" && args.formattingValues) {
          const defaultWidth = args.defaultFormattingWidth || args.defaultWidth;
          const width = options?.width ? String(options.width) : defaultWidth;
          valuesArray = args.formattingValues[width] || args.formattingValues[defaultWidth];
        } else {
          const defaultWidth = args.defaultWidth;
          const width = options?.width ? String(options.width) : args.defaultWidth;
          valuesArray = args.values[width] || args.values[defaultWidth];
        }
        const index = args.argumentCallback ? args.argumentCallback(value) : value;
        return valuesArray[index];
      };
    }
  }
});

// node_modules/date-fns/locale/en-US/_lib/localize.cjs
var require_localize = __commonJS({
  "node_modules/date-fns/locale/en-US/_lib/localize.cjs"(exports2) {
    "use strict";
    exports2.localize = void 0;
    var _index = require_buildLocalizeFn();
    var eraValues = {
      narrow: ["B", "A"],
      abbreviated: ["BC", "AD"],
      wide: ["Before Christ", "Anno Domini"]
    };
    var quarterValues = {
      narrow: ["1", "2", "3", "4"],
      abbreviated: ["Q1", "Q2", "Q3", "Q4"],
      wide: ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"]
    };
    var monthValues = {
      narrow: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
      abbreviated: [
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "May",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Oct",
        "Nov",
        "Dec"
      ],
      wide: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
      ]
    };
    var dayValues = {
      narrow: ["S", "M", "T", "W", "T", "F", "S"],
      short: ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
      abbreviated: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
      wide: [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday"
      ]
    };
    var dayPeriodValues = {
      narrow: {
        am: "a",
        pm: "p",
        midnight: "mi",
        noon: "n",
        morning: "morning",
        afternoon: "afternoon",
        evening: "evening",
        night: "night"
      },
      abbreviated: {
        am: "AM",
        pm: "PM",
        midnight: "midnight",
        noon: "noon",
        morning: "morning",
        afternoon: "afternoon",
        evening: "evening",
        night: "night"
      },
      wide: {
        am: "a.m.",
        pm: "p.m.",
        midnight: "midnight",
        noon: "noon",
        morning: "morning",
        afternoon: "afternoon",
        evening: "evening",
        night: "night"
      }
    };
    var formattingDayPeriodValues = {
      narrow: {
        am: "a",
        pm: "p",
        midnight: "mi",
        noon: "n",
        morning: "in the morning",
        afternoon: "in the afternoon",
        evening: "in the evening",
        night: "at night"
      },
      abbreviated: {
        am: "AM",
        pm: "PM",
        midnight: "midnight",
        noon: "noon",
        morning: "in the morning",
        afternoon: "in the afternoon",
        evening: "in the evening",
        night: "at night"
      },
      wide: {
        am: "a.m.",
        pm: "p.m.",
        midnight: "midnight",
        noon: "noon",
        morning: "in the morning",
        afternoon: "in the afternoon",
        evening: "in the evening",
        night: "at night"
      }
    };
    var ordinalNumber = (dirtyNumber, _options) => {
      const number = Number(dirtyNumber);
      const rem100 = number % 100;
      if (rem100 > 20 || rem100 < 10) {
        switch (rem100 % 10) {
          case 1:
            return number + "st";
          case 2:
            return number + "nd";
          case 3:
            return number + "rd";
        }
      }
      return number + "th";
    };
    var localize = exports2.localize = {
      ordinalNumber,
      era: (0, _index.buildLocalizeFn)({
        values: eraValues,
        defaultWidth: "wide"
      }),
      quarter: (0, _index.buildLocalizeFn)({
        values: quarterValues,
        defaultWidth: "wide",
        argumentCallback: (quarter) => quarter - 1
      }),
      month: (0, _index.buildLocalizeFn)({
        values: monthValues,
        defaultWidth: "wide"
      }),
      day: (0, _index.buildLocalizeFn)({
        values: dayValues,
        defaultWidth: "wide"
      }),
      dayPeriod: (0, _index.buildLocalizeFn)({
        values: dayPeriodValues,
        defaultWidth: "wide",
        formattingValues: formattingDayPeriodValues,
        defaultFormattingWidth: "wide"
      })
    };
  }
});

// node_modules/date-fns/locale/_lib/buildMatchFn.cjs
var require_buildMatchFn = __commonJS({
  "node_modules/date-fns/locale/_lib/buildMatchFn.cjs"(exports2) {
    "use strict";
    exports2.buildMatchFn = buildMatchFn;
    function buildMatchFn(args) {
      return (string, options = {}) => {
        const width = options.width;
        const matchPattern = width && args.matchPatterns[width] || args.matchPatterns[args.defaultMatchWidth];
        const matchResult = string.match(matchPattern);
        if (!matchResult) {
          return null;
        }
        const matchedString = matchResult[0];
        const parsePatterns = width && args.parsePatterns[width] || args.parsePatterns[args.defaultParseWidth];
        const key = Array.isArray(parsePatterns) ? findIndex(parsePatterns, (pattern) => pattern.test(matchedString)) : (
          // [TODO] -- I challenge you to fix the type
          findKey(parsePatterns, (pattern) => pattern.test(matchedString))
        );
        let value;
        value = args.valueCallback ? args.valueCallback(key) : key;
        value = options.valueCallback ? (
          // [TODO] -- I challenge you to fix the type
          options.valueCallback(value)
        ) : value;
        const rest = string.slice(matchedString.length);
        return { value, rest };
      };
    }
    function findKey(object, predicate) {
      for (const key in object) {
        if (Object.prototype.hasOwnProperty.call(object, key) && predicate(object[key])) {
          return key;
        }
      }
      return void 0;
    }
    function findIndex(array, predicate) {
      for (let key = 0; key < array.length; key++) {
        if (predicate(array[key])) {
          return key;
        }
      }
      return void 0;
    }
  }
});

// node_modules/date-fns/locale/_lib/buildMatchPatternFn.cjs
var require_buildMatchPatternFn = __commonJS({
  "node_modules/date-fns/locale/_lib/buildMatchPatternFn.cjs"(exports2) {
    "use strict";
    exports2.buildMatchPatternFn = buildMatchPatternFn;
    function buildMatchPatternFn(args) {
      return (string, options = {}) => {
        const matchResult = string.match(args.matchPattern);
        if (!matchResult) return null;
        const matchedString = matchResult[0];
        const parseResult = string.match(args.parsePattern);
        if (!parseResult) return null;
        let value = args.valueCallback ? args.valueCallback(parseResult[0]) : parseResult[0];
        value = options.valueCallback ? options.valueCallback(value) : value;
        const rest = string.slice(matchedString.length);
        return { value, rest };
      };
    }
  }
});

// node_modules/date-fns/locale/en-US/_lib/match.cjs
var require_match = __commonJS({
  "node_modules/date-fns/locale/en-US/_lib/match.cjs"(exports2) {
    "use strict";
    exports2.match = void 0;
    var _index = require_buildMatchFn();
    var _index2 = require_buildMatchPatternFn();
    var matchOrdinalNumberPattern = /^(\d+)(th|st|nd|rd)?/i;
    var parseOrdinalNumberPattern = /\d+/i;
    var matchEraPatterns = {
      narrow: /^(b|a)/i,
      abbreviated: /^(b\.?\s?c\.?|b\.?\s?c\.?\s?e\.?|a\.?\s?d\.?|c\.?\s?e\.?)/i,
      wide: /^(before christ|before common era|anno domini|common era)/i
    };
    var parseEraPatterns = {
      any: [/^b/i, /^(a|c)/i]
    };
    var matchQuarterPatterns = {
      narrow: /^[1234]/i,
      abbreviated: /^q[1234]/i,
      wide: /^[1234](th|st|nd|rd)? quarter/i
    };
    var parseQuarterPatterns = {
      any: [/1/i, /2/i, /3/i, /4/i]
    };
    var matchMonthPatterns = {
      narrow: /^[jfmasond]/i,
      abbreviated: /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
      wide: /^(january|february|march|april|may|june|july|august|september|october|november|december)/i
    };
    var parseMonthPatterns = {
      narrow: [
        /^j/i,
        /^f/i,
        /^m/i,
        /^a/i,
        /^m/i,
        /^j/i,
        /^j/i,
        /^a/i,
        /^s/i,
        /^o/i,
        /^n/i,
        /^d/i
      ],
      any: [
        /^ja/i,
        /^f/i,
        /^mar/i,
        /^ap/i,
        /^may/i,
        /^jun/i,
        /^jul/i,
        /^au/i,
        /^s/i,
        /^o/i,
        /^n/i,
        /^d/i
      ]
    };
    var matchDayPatterns = {
      narrow: /^[smtwf]/i,
      short: /^(su|mo|tu|we|th|fr|sa)/i,
      abbreviated: /^(sun|mon|tue|wed|thu|fri|sat)/i,
      wide: /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)/i
    };
    var parseDayPatterns = {
      narrow: [/^s/i, /^m/i, /^t/i, /^w/i, /^t/i, /^f/i, /^s/i],
      any: [/^su/i, /^m/i, /^tu/i, /^w/i, /^th/i, /^f/i, /^sa/i]
    };
    var matchDayPeriodPatterns = {
      narrow: /^(a|p|mi|n|(in the|at) (morning|afternoon|evening|night))/i,
      any: /^([ap]\.?\s?m\.?|midnight|noon|(in the|at) (morning|afternoon|evening|night))/i
    };
    var parseDayPeriodPatterns = {
      any: {
        am: /^a/i,
        pm: /^p/i,
        midnight: /^mi/i,
        noon: /^no/i,
        morning: /morning/i,
        afternoon: /afternoon/i,
        evening: /evening/i,
        night: /night/i
      }
    };
    var match = exports2.match = {
      ordinalNumber: (0, _index2.buildMatchPatternFn)({
        matchPattern: matchOrdinalNumberPattern,
        parsePattern: parseOrdinalNumberPattern,
        valueCallback: (value) => parseInt(value, 10)
      }),
      era: (0, _index.buildMatchFn)({
        matchPatterns: matchEraPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseEraPatterns,
        defaultParseWidth: "any"
      }),
      quarter: (0, _index.buildMatchFn)({
        matchPatterns: matchQuarterPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseQuarterPatterns,
        defaultParseWidth: "any",
        valueCallback: (index) => index + 1
      }),
      month: (0, _index.buildMatchFn)({
        matchPatterns: matchMonthPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseMonthPatterns,
        defaultParseWidth: "any"
      }),
      day: (0, _index.buildMatchFn)({
        matchPatterns: matchDayPatterns,
        defaultMatchWidth: "wide",
        parsePatterns: parseDayPatterns,
        defaultParseWidth: "any"
      }),
      dayPeriod: (0, _index.buildMatchFn)({
        matchPatterns: matchDayPeriodPatterns,
        defaultMatchWidth: "any",
        parsePatterns: parseDayPeriodPatterns,
        defaultParseWidth: "any"
      })
    };
  }
});

// node_modules/date-fns/locale/en-US.cjs
var require_en_US = __commonJS({
  "node_modules/date-fns/locale/en-US.cjs"(exports2) {
    "use strict";
    exports2.enUS = void 0;
    var _index = require_formatDistance();
    var _index2 = require_formatLong();
    var _index3 = require_formatRelative();
    var _index4 = require_localize();
    var _index5 = require_match();
    var enUS = exports2.enUS = {
      code: "en-US",
      formatDistance: _index.formatDistance,
      formatLong: _index2.formatLong,
      formatRelative: _index3.formatRelative,
      localize: _index4.localize,
      match: _index5.match,
      options: {
        weekStartsOn: 0,
        firstWeekContainsDate: 1
      }
    };
  }
});

// node_modules/date-fns/_lib/defaultLocale.cjs
var require_defaultLocale = __commonJS({
  "node_modules/date-fns/_lib/defaultLocale.cjs"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "defaultLocale", {
      enumerable: true,
      get: function() {
        return _index.enUS;
      }
    });
    var _index = require_en_US();
  }
});

// node_modules/date-fns/getDayOfYear.cjs
var require_getDayOfYear = __commonJS({
  "node_modules/date-fns/getDayOfYear.cjs"(exports2) {
    "use strict";
    exports2.getDayOfYear = getDayOfYear;
    var _index = require_differenceInCalendarDays();
    var _index2 = require_startOfYear();
    var _index3 = require_toDate();
    function getDayOfYear(date, options) {
      const _date = (0, _index3.toDate)(date, options?.in);
      const diff = (0, _index.differenceInCalendarDays)(
        _date,
        (0, _index2.startOfYear)(_date)
      );
      const dayOfYear = diff + 1;
      return dayOfYear;
    }
  }
});

// node_modules/date-fns/getISOWeek.cjs
var require_getISOWeek = __commonJS({
  "node_modules/date-fns/getISOWeek.cjs"(exports2) {
    "use strict";
    exports2.getISOWeek = getISOWeek;
    var _index = require_constants();
    var _index2 = require_startOfISOWeek();
    var _index3 = require_startOfISOWeekYear();
    var _index4 = require_toDate();
    function getISOWeek(date, options) {
      const _date = (0, _index4.toDate)(date, options?.in);
      const diff = +(0, _index2.startOfISOWeek)(_date) - +(0, _index3.startOfISOWeekYear)(_date);
      return Math.round(diff / _index.millisecondsInWeek) + 1;
    }
  }
});

// node_modules/date-fns/getWeekYear.cjs
var require_getWeekYear = __commonJS({
  "node_modules/date-fns/getWeekYear.cjs"(exports2) {
    "use strict";
    exports2.getWeekYear = getWeekYear;
    var _index = require_defaultOptions();
    var _index2 = require_constructFrom();
    var _index3 = require_startOfWeek();
    var _index4 = require_toDate();
    function getWeekYear(date, options) {
      const _date = (0, _index4.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const defaultOptions = (0, _index.getDefaultOptions)();
      const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions.firstWeekContainsDate ?? defaultOptions.locale?.options?.firstWeekContainsDate ?? 1;
      const firstWeekOfNextYear = (0, _index2.constructFrom)(
        options?.in || date,
        0
      );
      firstWeekOfNextYear.setFullYear(year + 1, 0, firstWeekContainsDate);
      firstWeekOfNextYear.setHours(0, 0, 0, 0);
      const startOfNextYear = (0, _index3.startOfWeek)(
        firstWeekOfNextYear,
        options
      );
      const firstWeekOfThisYear = (0, _index2.constructFrom)(
        options?.in || date,
        0
      );
      firstWeekOfThisYear.setFullYear(year, 0, firstWeekContainsDate);
      firstWeekOfThisYear.setHours(0, 0, 0, 0);
      const startOfThisYear = (0, _index3.startOfWeek)(
        firstWeekOfThisYear,
        options
      );
      if (+_date >= +startOfNextYear) {
        return year + 1;
      } else if (+_date >= +startOfThisYear) {
        return year;
      } else {
        return year - 1;
      }
    }
  }
});

// node_modules/date-fns/startOfWeekYear.cjs
var require_startOfWeekYear = __commonJS({
  "node_modules/date-fns/startOfWeekYear.cjs"(exports2) {
    "use strict";
    exports2.startOfWeekYear = startOfWeekYear;
    var _index = require_defaultOptions();
    var _index2 = require_constructFrom();
    var _index3 = require_getWeekYear();
    var _index4 = require_startOfWeek();
    function startOfWeekYear(date, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions.firstWeekContainsDate ?? defaultOptions.locale?.options?.firstWeekContainsDate ?? 1;
      const year = (0, _index3.getWeekYear)(date, options);
      const firstWeek = (0, _index2.constructFrom)(options?.in || date, 0);
      firstWeek.setFullYear(year, 0, firstWeekContainsDate);
      firstWeek.setHours(0, 0, 0, 0);
      const _date = (0, _index4.startOfWeek)(firstWeek, options);
      return _date;
    }
  }
});

// node_modules/date-fns/getWeek.cjs
var require_getWeek = __commonJS({
  "node_modules/date-fns/getWeek.cjs"(exports2) {
    "use strict";
    exports2.getWeek = getWeek;
    var _index = require_constants();
    var _index2 = require_startOfWeek();
    var _index3 = require_startOfWeekYear();
    var _index4 = require_toDate();
    function getWeek(date, options) {
      const _date = (0, _index4.toDate)(date, options?.in);
      const diff = +(0, _index2.startOfWeek)(_date, options) - +(0, _index3.startOfWeekYear)(_date, options);
      return Math.round(diff / _index.millisecondsInWeek) + 1;
    }
  }
});

// node_modules/date-fns/_lib/addLeadingZeros.cjs
var require_addLeadingZeros = __commonJS({
  "node_modules/date-fns/_lib/addLeadingZeros.cjs"(exports2) {
    "use strict";
    exports2.addLeadingZeros = addLeadingZeros;
    function addLeadingZeros(number, targetLength) {
      const sign = number < 0 ? "-" : "";
      const output = Math.abs(number).toString().padStart(targetLength, "0");
      return sign + output;
    }
  }
});

// node_modules/date-fns/_lib/format/lightFormatters.cjs
var require_lightFormatters = __commonJS({
  "node_modules/date-fns/_lib/format/lightFormatters.cjs"(exports2) {
    "use strict";
    exports2.lightFormatters = void 0;
    var _index = require_addLeadingZeros();
    var lightFormatters = exports2.lightFormatters = {
      // Year
      y(date, token) {
        const signedYear = date.getFullYear();
        const year = signedYear > 0 ? signedYear : 1 - signedYear;
        return (0, _index.addLeadingZeros)(
          token === "yy" ? year % 100 : year,
          token.length
        );
      },
      // Month
      M(date, token) {
        const month = date.getMonth();
        return token === "M" ? String(month + 1) : (0, _index.addLeadingZeros)(month + 1, 2);
      },
      // Day of the month
      d(date, token) {
        return (0, _index.addLeadingZeros)(date.getDate(), token.length);
      },
      // AM or PM
      a(date, token) {
        const dayPeriodEnumValue = date.getHours() / 12 >= 1 ? "pm" : "am";
        switch (token) {
          case "a":
          case "aa":
            return dayPeriodEnumValue.toUpperCase();
          case "aaa":
            return dayPeriodEnumValue;
          case "aaaaa":
            return dayPeriodEnumValue[0];
          case "aaaa":
          default:
            return dayPeriodEnumValue === "am" ? "a.m." : "p.m.";
        }
      },
      // Hour [1-12]
      h(date, token) {
        return (0, _index.addLeadingZeros)(
          date.getHours() % 12 || 12,
          token.length
        );
      },
      // Hour [0-23]
      H(date, token) {
        return (0, _index.addLeadingZeros)(date.getHours(), token.length);
      },
      // Minute
      m(date, token) {
        return (0, _index.addLeadingZeros)(date.getMinutes(), token.length);
      },
      // Second
      s(date, token) {
        return (0, _index.addLeadingZeros)(date.getSeconds(), token.length);
      },
      // Fraction of second
      S(date, token) {
        const numberOfDigits = token.length;
        const milliseconds = date.getMilliseconds();
        const fractionalSeconds = Math.trunc(
          milliseconds * Math.pow(10, numberOfDigits - 3)
        );
        return (0, _index.addLeadingZeros)(fractionalSeconds, token.length);
      }
    };
  }
});

// node_modules/date-fns/_lib/format/formatters.cjs
var require_formatters = __commonJS({
  "node_modules/date-fns/_lib/format/formatters.cjs"(exports2) {
    "use strict";
    exports2.formatters = void 0;
    var _index = require_getDayOfYear();
    var _index2 = require_getISOWeek();
    var _index3 = require_getISOWeekYear();
    var _index4 = require_getWeek();
    var _index5 = require_getWeekYear();
    var _index6 = require_addLeadingZeros();
    var _index7 = require_lightFormatters();
    var dayPeriodEnum = {
      am: "am",
      pm: "pm",
      midnight: "midnight",
      noon: "noon",
      morning: "morning",
      afternoon: "afternoon",
      evening: "evening",
      night: "night"
    };
    var formatters = exports2.formatters = {
      // Era
      G: function(date, token, localize) {
        const era = date.getFullYear() > 0 ? 1 : 0;
        switch (token) {
          // AD, BC
          case "G":
          case "GG":
          case "GGG":
            return localize.era(era, { width: "abbreviated" });
          // A, B
          case "GGGGG":
            return localize.era(era, { width: "narrow" });
          // Anno Domini, Before Christ
          case "GGGG":
          default:
            return localize.era(era, { width: "wide" });
        }
      },
      // Year
      y: function(date, token, localize) {
        if (token === "yo") {
          const signedYear = date.getFullYear();
          const year = signedYear > 0 ? signedYear : 1 - signedYear;
          return localize.ordinalNumber(year, { unit: "year" });
        }
        return _index7.lightFormatters.y(date, token);
      },
      // Local week-numbering year
      Y: function(date, token, localize, options) {
        const signedWeekYear = (0, _index5.getWeekYear)(date, options);
        const weekYear = signedWeekYear > 0 ? signedWeekYear : 1 - signedWeekYear;
        if (token === "YY") {
          const twoDigitYear = weekYear % 100;
          return (0, _index6.addLeadingZeros)(twoDigitYear, 2);
        }
        if (token === "Yo") {
          return localize.ordinalNumber(weekYear, { unit: "year" });
        }
        return (0, _index6.addLeadingZeros)(weekYear, token.length);
      },
      // ISO week-numbering year
      R: function(date, token) {
        const isoWeekYear = (0, _index3.getISOWeekYear)(date);
        return (0, _index6.addLeadingZeros)(isoWeekYear, token.length);
      },
      // Extended year. This is a single number designating the year of this calendar system.
      // The main difference between `y` and `u` localizers are B.C. years:
      // | Year | `y` | `u` |
      // |------|-----|-----|
      // | AC 1 |   1 |   1 |
      // | BC 1 |   1 |   0 |
      // | BC 2 |   2 |  -1 |
      // Also `yy` always returns the last two digits of a year,
      // while `uu` pads single digit years to 2 characters and returns other years unchanged.
      u: function(date, token) {
        const year = date.getFullYear();
        return (0, _index6.addLeadingZeros)(year, token.length);
      },
      // Quarter
      Q: function(date, token, localize) {
        const quarter = Math.ceil((date.getMonth() + 1) / 3);
        switch (token) {
          // 1, 2, 3, 4
          case "Q":
            return String(quarter);
          // 01, 02, 03, 04
          case "QQ":
            return (0, _index6.addLeadingZeros)(quarter, 2);
          // 1st, 2nd, 3rd, 4th
          case "Qo":
            return localize.ordinalNumber(quarter, { unit: "quarter" });
          // Q1, Q2, Q3, Q4
          case "QQQ":
            return localize.quarter(quarter, {
              width: "abbreviated",
              context: "formatting"
            });
          // 1, 2, 3, 4 (narrow quarter; could be not numerical)
          case "QQQQQ":
            return localize.quarter(quarter, {
              width: "narrow",
              context: "formatting"
            });
          // 1st quarter, 2nd quarter, ...
          case "QQQQ":
          default:
            return localize.quarter(quarter, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Stand-alone quarter
      q: function(date, token, localize) {
        const quarter = Math.ceil((date.getMonth() + 1) / 3);
        switch (token) {
          // 1, 2, 3, 4
          case "q":
            return String(quarter);
          // 01, 02, 03, 04
          case "qq":
            return (0, _index6.addLeadingZeros)(quarter, 2);
          // 1st, 2nd, 3rd, 4th
          case "qo":
            return localize.ordinalNumber(quarter, { unit: "quarter" });
          // Q1, Q2, Q3, Q4
          case "qqq":
            return localize.quarter(quarter, {
              width: "abbreviated",
              context: "standalone"
            });
          // 1, 2, 3, 4 (narrow quarter; could be not numerical)
          case "qqqqq":
            return localize.quarter(quarter, {
              width: "narrow",
              context: "standalone"
            });
          // 1st quarter, 2nd quarter, ...
          case "qqqq":
          default:
            return localize.quarter(quarter, {
              width: "wide",
              context: "standalone"
            });
        }
      },
      // Month
      M: function(date, token, localize) {
        const month = date.getMonth();
        switch (token) {
          case "M":
          case "MM":
            return _index7.lightFormatters.M(date, token);
          // 1st, 2nd, ..., 12th
          case "Mo":
            return localize.ordinalNumber(month + 1, { unit: "month" });
          // Jan, Feb, ..., Dec
          case "MMM":
            return localize.month(month, {
              width: "abbreviated",
              context: "formatting"
            });
          // J, F, ..., D
          case "MMMMM":
            return localize.month(month, {
              width: "narrow",
              context: "formatting"
            });
          // January, February, ..., December
          case "MMMM":
          default:
            return localize.month(month, { width: "wide", context: "formatting" });
        }
      },
      // Stand-alone month
      L: function(date, token, localize) {
        const month = date.getMonth();
        switch (token) {
          // 1, 2, ..., 12
          case "L":
            return String(month + 1);
          // 01, 02, ..., 12
          case "LL":
            return (0, _index6.addLeadingZeros)(month + 1, 2);
          // 1st, 2nd, ..., 12th
          case "Lo":
            return localize.ordinalNumber(month + 1, { unit: "month" });
          // Jan, Feb, ..., Dec
          case "LLL":
            return localize.month(month, {
              width: "abbreviated",
              context: "standalone"
            });
          // J, F, ..., D
          case "LLLLL":
            return localize.month(month, {
              width: "narrow",
              context: "standalone"
            });
          // January, February, ..., December
          case "LLLL":
          default:
            return localize.month(month, { width: "wide", context: "standalone" });
        }
      },
      // Local week of year
      w: function(date, token, localize, options) {
        const week = (0, _index4.getWeek)(date, options);
        if (token === "wo") {
          return localize.ordinalNumber(week, { unit: "week" });
        }
        return (0, _index6.addLeadingZeros)(week, token.length);
      },
      // ISO week of year
      I: function(date, token, localize) {
        const isoWeek = (0, _index2.getISOWeek)(date);
        if (token === "Io") {
          return localize.ordinalNumber(isoWeek, { unit: "week" });
        }
        return (0, _index6.addLeadingZeros)(isoWeek, token.length);
      },
      // Day of the month
      d: function(date, token, localize) {
        if (token === "do") {
          return localize.ordinalNumber(date.getDate(), { unit: "date" });
        }
        return _index7.lightFormatters.d(date, token);
      },
      // Day of year
      D: function(date, token, localize) {
        const dayOfYear = (0, _index.getDayOfYear)(date);
        if (token === "Do") {
          return localize.ordinalNumber(dayOfYear, { unit: "dayOfYear" });
        }
        return (0, _index6.addLeadingZeros)(dayOfYear, token.length);
      },
      // Day of week
      E: function(date, token, localize) {
        const dayOfWeek = date.getDay();
        switch (token) {
          // Tue
          case "E":
          case "EE":
          case "EEE":
            return localize.day(dayOfWeek, {
              width: "abbreviated",
              context: "formatting"
            });
          // T
          case "EEEEE":
            return localize.day(dayOfWeek, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "EEEEEE":
            return localize.day(dayOfWeek, {
              width: "short",
              context: "formatting"
            });
          // Tuesday
          case "EEEE":
          default:
            return localize.day(dayOfWeek, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Local day of week
      e: function(date, token, localize, options) {
        const dayOfWeek = date.getDay();
        const localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
        switch (token) {
          // Numerical value (Nth day of week with current locale or weekStartsOn)
          case "e":
            return String(localDayOfWeek);
          // Padded numerical value
          case "ee":
            return (0, _index6.addLeadingZeros)(localDayOfWeek, 2);
          // 1st, 2nd, ..., 7th
          case "eo":
            return localize.ordinalNumber(localDayOfWeek, { unit: "day" });
          case "eee":
            return localize.day(dayOfWeek, {
              width: "abbreviated",
              context: "formatting"
            });
          // T
          case "eeeee":
            return localize.day(dayOfWeek, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "eeeeee":
            return localize.day(dayOfWeek, {
              width: "short",
              context: "formatting"
            });
          // Tuesday
          case "eeee":
          default:
            return localize.day(dayOfWeek, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Stand-alone local day of week
      c: function(date, token, localize, options) {
        const dayOfWeek = date.getDay();
        const localDayOfWeek = (dayOfWeek - options.weekStartsOn + 8) % 7 || 7;
        switch (token) {
          // Numerical value (same as in `e`)
          case "c":
            return String(localDayOfWeek);
          // Padded numerical value
          case "cc":
            return (0, _index6.addLeadingZeros)(localDayOfWeek, token.length);
          // 1st, 2nd, ..., 7th
          case "co":
            return localize.ordinalNumber(localDayOfWeek, { unit: "day" });
          case "ccc":
            return localize.day(dayOfWeek, {
              width: "abbreviated",
              context: "standalone"
            });
          // T
          case "ccccc":
            return localize.day(dayOfWeek, {
              width: "narrow",
              context: "standalone"
            });
          // Tu
          case "cccccc":
            return localize.day(dayOfWeek, {
              width: "short",
              context: "standalone"
            });
          // Tuesday
          case "cccc":
          default:
            return localize.day(dayOfWeek, {
              width: "wide",
              context: "standalone"
            });
        }
      },
      // ISO day of week
      i: function(date, token, localize) {
        const dayOfWeek = date.getDay();
        const isoDayOfWeek = dayOfWeek === 0 ? 7 : dayOfWeek;
        switch (token) {
          // 2
          case "i":
            return String(isoDayOfWeek);
          // 02
          case "ii":
            return (0, _index6.addLeadingZeros)(isoDayOfWeek, token.length);
          // 2nd
          case "io":
            return localize.ordinalNumber(isoDayOfWeek, { unit: "day" });
          // Tue
          case "iii":
            return localize.day(dayOfWeek, {
              width: "abbreviated",
              context: "formatting"
            });
          // T
          case "iiiii":
            return localize.day(dayOfWeek, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "iiiiii":
            return localize.day(dayOfWeek, {
              width: "short",
              context: "formatting"
            });
          // Tuesday
          case "iiii":
          default:
            return localize.day(dayOfWeek, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // AM or PM
      a: function(date, token, localize) {
        const hours = date.getHours();
        const dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am";
        switch (token) {
          case "a":
          case "aa":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            });
          case "aaa":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            }).toLowerCase();
          case "aaaaa":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "narrow",
              context: "formatting"
            });
          case "aaaa":
          default:
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // AM, PM, midnight, noon
      b: function(date, token, localize) {
        const hours = date.getHours();
        let dayPeriodEnumValue;
        if (hours === 12) {
          dayPeriodEnumValue = dayPeriodEnum.noon;
        } else if (hours === 0) {
          dayPeriodEnumValue = dayPeriodEnum.midnight;
        } else {
          dayPeriodEnumValue = hours / 12 >= 1 ? "pm" : "am";
        }
        switch (token) {
          case "b":
          case "bb":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            });
          case "bbb":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            }).toLowerCase();
          case "bbbbb":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "narrow",
              context: "formatting"
            });
          case "bbbb":
          default:
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // in the morning, in the afternoon, in the evening, at night
      B: function(date, token, localize) {
        const hours = date.getHours();
        let dayPeriodEnumValue;
        if (hours >= 17) {
          dayPeriodEnumValue = dayPeriodEnum.evening;
        } else if (hours >= 12) {
          dayPeriodEnumValue = dayPeriodEnum.afternoon;
        } else if (hours >= 4) {
          dayPeriodEnumValue = dayPeriodEnum.morning;
        } else {
          dayPeriodEnumValue = dayPeriodEnum.night;
        }
        switch (token) {
          case "B":
          case "BB":
          case "BBB":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "abbreviated",
              context: "formatting"
            });
          case "BBBBB":
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "narrow",
              context: "formatting"
            });
          case "BBBB":
          default:
            return localize.dayPeriod(dayPeriodEnumValue, {
              width: "wide",
              context: "formatting"
            });
        }
      },
      // Hour [1-12]
      h: function(date, token, localize) {
        if (token === "ho") {
          let hours = date.getHours() % 12;
          if (hours === 0) hours = 12;
          return localize.ordinalNumber(hours, { unit: "hour" });
        }
        return _index7.lightFormatters.h(date, token);
      },
      // Hour [0-23]
      H: function(date, token, localize) {
        if (token === "Ho") {
          return localize.ordinalNumber(date.getHours(), { unit: "hour" });
        }
        return _index7.lightFormatters.H(date, token);
      },
      // Hour [0-11]
      K: function(date, token, localize) {
        const hours = date.getHours() % 12;
        if (token === "Ko") {
          return localize.ordinalNumber(hours, { unit: "hour" });
        }
        return (0, _index6.addLeadingZeros)(hours, token.length);
      },
      // Hour [1-24]
      k: function(date, token, localize) {
        let hours = date.getHours();
        if (hours === 0) hours = 24;
        if (token === "ko") {
          return localize.ordinalNumber(hours, { unit: "hour" });
        }
        return (0, _index6.addLeadingZeros)(hours, token.length);
      },
      // Minute
      m: function(date, token, localize) {
        if (token === "mo") {
          return localize.ordinalNumber(date.getMinutes(), { unit: "minute" });
        }
        return _index7.lightFormatters.m(date, token);
      },
      // Second
      s: function(date, token, localize) {
        if (token === "so") {
          return localize.ordinalNumber(date.getSeconds(), { unit: "second" });
        }
        return _index7.lightFormatters.s(date, token);
      },
      // Fraction of second
      S: function(date, token) {
        return _index7.lightFormatters.S(date, token);
      },
      // Timezone (ISO-8601. If offset is 0, output is always `'Z'`)
      X: function(date, token, _localize) {
        const timezoneOffset = date.getTimezoneOffset();
        if (timezoneOffset === 0) {
          return "Z";
        }
        switch (token) {
          // Hours and optional minutes
          case "X":
            return formatTimezoneWithOptionalMinutes(timezoneOffset);
          // Hours, minutes and optional seconds without `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `XX`
          case "XXXX":
          case "XX":
            return formatTimezone(timezoneOffset);
          // Hours, minutes and optional seconds with `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `XXX`
          case "XXXXX":
          case "XXX":
          // Hours and minutes with `:` delimiter
          default:
            return formatTimezone(timezoneOffset, ":");
        }
      },
      // Timezone (ISO-8601. If offset is 0, output is `'+00:00'` or equivalent)
      x: function(date, token, _localize) {
        const timezoneOffset = date.getTimezoneOffset();
        switch (token) {
          // Hours and optional minutes
          case "x":
            return formatTimezoneWithOptionalMinutes(timezoneOffset);
          // Hours, minutes and optional seconds without `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `xx`
          case "xxxx":
          case "xx":
            return formatTimezone(timezoneOffset);
          // Hours, minutes and optional seconds with `:` delimiter
          // Note: neither ISO-8601 nor JavaScript supports seconds in timezone offsets
          // so this token always has the same output as `xxx`
          case "xxxxx":
          case "xxx":
          // Hours and minutes with `:` delimiter
          default:
            return formatTimezone(timezoneOffset, ":");
        }
      },
      // Timezone (GMT)
      O: function(date, token, _localize) {
        const timezoneOffset = date.getTimezoneOffset();
        switch (token) {
          // Short
          case "O":
          case "OO":
          case "OOO":
            return "GMT" + formatTimezoneShort(timezoneOffset, ":");
          // Long
          case "OOOO":
          default:
            return "GMT" + formatTimezone(timezoneOffset, ":");
        }
      },
      // Timezone (specific non-location)
      z: function(date, token, _localize) {
        const timezoneOffset = date.getTimezoneOffset();
        switch (token) {
          // Short
          case "z":
          case "zz":
          case "zzz":
            return "GMT" + formatTimezoneShort(timezoneOffset, ":");
          // Long
          case "zzzz":
          default:
            return "GMT" + formatTimezone(timezoneOffset, ":");
        }
      },
      // Seconds timestamp
      t: function(date, token, _localize) {
        const timestamp = Math.trunc(+date / 1e3);
        return (0, _index6.addLeadingZeros)(timestamp, token.length);
      },
      // Milliseconds timestamp
      T: function(date, token, _localize) {
        return (0, _index6.addLeadingZeros)(+date, token.length);
      }
    };
    function formatTimezoneShort(offset, delimiter = "") {
      const sign = offset > 0 ? "-" : "+";
      const absOffset = Math.abs(offset);
      const hours = Math.trunc(absOffset / 60);
      const minutes = absOffset % 60;
      if (minutes === 0) {
        return sign + String(hours);
      }
      return sign + String(hours) + delimiter + (0, _index6.addLeadingZeros)(minutes, 2);
    }
    function formatTimezoneWithOptionalMinutes(offset, delimiter) {
      if (offset % 60 === 0) {
        const sign = offset > 0 ? "-" : "+";
        return sign + (0, _index6.addLeadingZeros)(Math.abs(offset) / 60, 2);
      }
      return formatTimezone(offset, delimiter);
    }
    function formatTimezone(offset, delimiter = "") {
      const sign = offset > 0 ? "-" : "+";
      const absOffset = Math.abs(offset);
      const hours = (0, _index6.addLeadingZeros)(Math.trunc(absOffset / 60), 2);
      const minutes = (0, _index6.addLeadingZeros)(absOffset % 60, 2);
      return sign + hours + delimiter + minutes;
    }
  }
});

// node_modules/date-fns/_lib/format/longFormatters.cjs
var require_longFormatters = __commonJS({
  "node_modules/date-fns/_lib/format/longFormatters.cjs"(exports2) {
    "use strict";
    exports2.longFormatters = void 0;
    var dateLongFormatter = (pattern, formatLong) => {
      switch (pattern) {
        case "P":
          return formatLong.date({ width: "short" });
        case "PP":
          return formatLong.date({ width: "medium" });
        case "PPP":
          return formatLong.date({ width: "long" });
        case "PPPP":
        default:
          return formatLong.date({ width: "full" });
      }
    };
    var timeLongFormatter = (pattern, formatLong) => {
      switch (pattern) {
        case "p":
          return formatLong.time({ width: "short" });
        case "pp":
          return formatLong.time({ width: "medium" });
        case "ppp":
          return formatLong.time({ width: "long" });
        case "pppp":
        default:
          return formatLong.time({ width: "full" });
      }
    };
    var dateTimeLongFormatter = (pattern, formatLong) => {
      const matchResult = pattern.match(/(P+)(p+)?/) || [];
      const datePattern = matchResult[1];
      const timePattern = matchResult[2];
      if (!timePattern) {
        return dateLongFormatter(pattern, formatLong);
      }
      let dateTimeFormat;
      switch (datePattern) {
        case "P":
          dateTimeFormat = formatLong.dateTime({ width: "short" });
          break;
        case "PP":
          dateTimeFormat = formatLong.dateTime({ width: "medium" });
          break;
        case "PPP":
          dateTimeFormat = formatLong.dateTime({ width: "long" });
          break;
        case "PPPP":
        default:
          dateTimeFormat = formatLong.dateTime({ width: "full" });
          break;
      }
      return dateTimeFormat.replace("{{date}}", dateLongFormatter(datePattern, formatLong)).replace("{{time}}", timeLongFormatter(timePattern, formatLong));
    };
    var longFormatters = exports2.longFormatters = {
      p: timeLongFormatter,
      P: dateTimeLongFormatter
    };
  }
});

// node_modules/date-fns/_lib/protectedTokens.cjs
var require_protectedTokens = __commonJS({
  "node_modules/date-fns/_lib/protectedTokens.cjs"(exports2) {
    "use strict";
    exports2.isProtectedDayOfYearToken = isProtectedDayOfYearToken;
    exports2.isProtectedWeekYearToken = isProtectedWeekYearToken;
    exports2.warnOrThrowProtectedError = warnOrThrowProtectedError;
    var dayOfYearTokenRE = /^D+$/;
    var weekYearTokenRE = /^Y+$/;
    var throwTokens = ["D", "DD", "YY", "YYYY"];
    function isProtectedDayOfYearToken(token) {
      return dayOfYearTokenRE.test(token);
    }
    function isProtectedWeekYearToken(token) {
      return weekYearTokenRE.test(token);
    }
    function warnOrThrowProtectedError(token, format, input) {
      const _message = message(token, format, input);
      console.warn(_message);
      if (throwTokens.includes(token)) throw new RangeError(_message);
    }
    function message(token, format, input) {
      const subject = token[0] === "Y" ? "years" : "days of the month";
      return `Use \`${token.toLowerCase()}\` instead of \`${token}\` (in \`${format}\`) for formatting ${subject} to the input \`${input}\`; see: https://github.com/date-fns/date-fns/blob/master/docs/unicodeTokens.md`;
    }
  }
});

// node_modules/date-fns/format.cjs
var require_format = __commonJS({
  "node_modules/date-fns/format.cjs"(exports2) {
    "use strict";
    exports2.format = exports2.formatDate = format;
    Object.defineProperty(exports2, "formatters", {
      enumerable: true,
      get: function() {
        return _index3.formatters;
      }
    });
    Object.defineProperty(exports2, "longFormatters", {
      enumerable: true,
      get: function() {
        return _index4.longFormatters;
      }
    });
    var _index = require_defaultLocale();
    var _index2 = require_defaultOptions();
    var _index3 = require_formatters();
    var _index4 = require_longFormatters();
    var _index5 = require_protectedTokens();
    var _index6 = require_isValid();
    var _index7 = require_toDate();
    var formattingTokensRegExp = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
    var longFormattingTokensRegExp = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
    var escapedStringRegExp = /^'([^]*?)'?$/;
    var doubleQuoteRegExp = /''/g;
    var unescapedLatinCharacterRegExp = /[a-zA-Z]/;
    function format(date, formatStr, options) {
      const defaultOptions = (0, _index2.getDefaultOptions)();
      const locale = options?.locale ?? defaultOptions.locale ?? _index.defaultLocale;
      const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions.firstWeekContainsDate ?? defaultOptions.locale?.options?.firstWeekContainsDate ?? 1;
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const originalDate = (0, _index7.toDate)(date, options?.in);
      if (!(0, _index6.isValid)(originalDate)) {
        throw new RangeError("Invalid time value");
      }
      let parts = formatStr.match(longFormattingTokensRegExp).map((substring) => {
        const firstCharacter = substring[0];
        if (firstCharacter === "p" || firstCharacter === "P") {
          const longFormatter = _index4.longFormatters[firstCharacter];
          return longFormatter(substring, locale.formatLong);
        }
        return substring;
      }).join("").match(formattingTokensRegExp).map((substring) => {
        if (substring === "''") {
          return { isToken: false, value: "'" };
        }
        const firstCharacter = substring[0];
        if (firstCharacter === "'") {
          return { isToken: false, value: cleanEscapedString(substring) };
        }
        if (_index3.formatters[firstCharacter]) {
          return { isToken: true, value: substring };
        }
        if (firstCharacter.match(unescapedLatinCharacterRegExp)) {
          throw new RangeError(
            "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
          );
        }
        return { isToken: false, value: substring };
      });
      if (locale.localize.preprocessor) {
        parts = locale.localize.preprocessor(originalDate, parts);
      }
      const formatterOptions = {
        firstWeekContainsDate,
        weekStartsOn,
        locale
      };
      return parts.map((part) => {
        if (!part.isToken) return part.value;
        const token = part.value;
        if (!options?.useAdditionalWeekYearTokens && (0, _index5.isProtectedWeekYearToken)(token) || !options?.useAdditionalDayOfYearTokens && (0, _index5.isProtectedDayOfYearToken)(token)) {
          (0, _index5.warnOrThrowProtectedError)(token, formatStr, String(date));
        }
        const formatter = _index3.formatters[token[0]];
        return formatter(originalDate, token, locale.localize, formatterOptions);
      }).join("");
    }
    function cleanEscapedString(input) {
      const matched = input.match(escapedStringRegExp);
      if (!matched) {
        return input;
      }
      return matched[1].replace(doubleQuoteRegExp, "'");
    }
  }
});

// node_modules/date-fns/formatDistance.cjs
var require_formatDistance2 = __commonJS({
  "node_modules/date-fns/formatDistance.cjs"(exports2) {
    "use strict";
    exports2.formatDistance = formatDistance;
    var _index = require_defaultLocale();
    var _index2 = require_defaultOptions();
    var _index3 = require_getTimezoneOffsetInMilliseconds();
    var _index4 = require_normalizeDates();
    var _index5 = require_compareAsc();
    var _index6 = require_constants();
    var _index7 = require_differenceInMonths();
    var _index8 = require_differenceInSeconds();
    function formatDistance(laterDate, earlierDate, options) {
      const defaultOptions = (0, _index2.getDefaultOptions)();
      const locale = options?.locale ?? defaultOptions.locale ?? _index.defaultLocale;
      const minutesInAlmostTwoDays = 2520;
      const comparison = (0, _index5.compareAsc)(laterDate, earlierDate);
      if (isNaN(comparison)) throw new RangeError("Invalid time value");
      const localizeOptions = Object.assign({}, options, {
        addSuffix: options?.addSuffix,
        comparison
      });
      const [laterDate_, earlierDate_] = (0, _index4.normalizeDates)(
        options?.in,
        ...comparison > 0 ? [earlierDate, laterDate] : [laterDate, earlierDate]
      );
      const seconds = (0, _index8.differenceInSeconds)(earlierDate_, laterDate_);
      const offsetInSeconds = ((0, _index3.getTimezoneOffsetInMilliseconds)(earlierDate_) - (0, _index3.getTimezoneOffsetInMilliseconds)(laterDate_)) / 1e3;
      const minutes = Math.round((seconds - offsetInSeconds) / 60);
      let months;
      if (minutes < 2) {
        if (options?.includeSeconds) {
          if (seconds < 5) {
            return locale.formatDistance("lessThanXSeconds", 5, localizeOptions);
          } else if (seconds < 10) {
            return locale.formatDistance("lessThanXSeconds", 10, localizeOptions);
          } else if (seconds < 20) {
            return locale.formatDistance("lessThanXSeconds", 20, localizeOptions);
          } else if (seconds < 40) {
            return locale.formatDistance("halfAMinute", 0, localizeOptions);
          } else if (seconds < 60) {
            return locale.formatDistance("lessThanXMinutes", 1, localizeOptions);
          } else {
            return locale.formatDistance("xMinutes", 1, localizeOptions);
          }
        } else {
          if (minutes === 0) {
            return locale.formatDistance("lessThanXMinutes", 1, localizeOptions);
          } else {
            return locale.formatDistance("xMinutes", minutes, localizeOptions);
          }
        }
      } else if (minutes < 45) {
        return locale.formatDistance("xMinutes", minutes, localizeOptions);
      } else if (minutes < 90) {
        return locale.formatDistance("aboutXHours", 1, localizeOptions);
      } else if (minutes < _index6.minutesInDay) {
        const hours = Math.round(minutes / 60);
        return locale.formatDistance("aboutXHours", hours, localizeOptions);
      } else if (minutes < minutesInAlmostTwoDays) {
        return locale.formatDistance("xDays", 1, localizeOptions);
      } else if (minutes < _index6.minutesInMonth) {
        const days = Math.round(minutes / _index6.minutesInDay);
        return locale.formatDistance("xDays", days, localizeOptions);
      } else if (minutes < _index6.minutesInMonth * 2) {
        months = Math.round(minutes / _index6.minutesInMonth);
        return locale.formatDistance("aboutXMonths", months, localizeOptions);
      }
      months = (0, _index7.differenceInMonths)(earlierDate_, laterDate_);
      if (months < 12) {
        const nearestMonth = Math.round(minutes / _index6.minutesInMonth);
        return locale.formatDistance("xMonths", nearestMonth, localizeOptions);
      } else {
        const monthsSinceStartOfYear = months % 12;
        const years = Math.trunc(months / 12);
        if (monthsSinceStartOfYear < 3) {
          return locale.formatDistance("aboutXYears", years, localizeOptions);
        } else if (monthsSinceStartOfYear < 9) {
          return locale.formatDistance("overXYears", years, localizeOptions);
        } else {
          return locale.formatDistance("almostXYears", years + 1, localizeOptions);
        }
      }
    }
  }
});

// node_modules/date-fns/formatDistanceStrict.cjs
var require_formatDistanceStrict = __commonJS({
  "node_modules/date-fns/formatDistanceStrict.cjs"(exports2) {
    "use strict";
    exports2.formatDistanceStrict = formatDistanceStrict;
    var _index = require_defaultLocale();
    var _index2 = require_defaultOptions();
    var _index3 = require_getRoundingMethod();
    var _index4 = require_getTimezoneOffsetInMilliseconds();
    var _index5 = require_normalizeDates();
    var _index6 = require_compareAsc();
    var _index7 = require_constants();
    function formatDistanceStrict(laterDate, earlierDate, options) {
      const defaultOptions = (0, _index2.getDefaultOptions)();
      const locale = options?.locale ?? defaultOptions.locale ?? _index.defaultLocale;
      const comparison = (0, _index6.compareAsc)(laterDate, earlierDate);
      if (isNaN(comparison)) {
        throw new RangeError("Invalid time value");
      }
      const localizeOptions = Object.assign({}, options, {
        addSuffix: options?.addSuffix,
        comparison
      });
      const [laterDate_, earlierDate_] = (0, _index5.normalizeDates)(
        options?.in,
        ...comparison > 0 ? [earlierDate, laterDate] : [laterDate, earlierDate]
      );
      const roundingMethod = (0, _index3.getRoundingMethod)(
        options?.roundingMethod ?? "round"
      );
      const milliseconds = earlierDate_.getTime() - laterDate_.getTime();
      const minutes = milliseconds / _index7.millisecondsInMinute;
      const timezoneOffset = (0, _index4.getTimezoneOffsetInMilliseconds)(earlierDate_) - (0, _index4.getTimezoneOffsetInMilliseconds)(laterDate_);
      const dstNormalizedMinutes = (milliseconds - timezoneOffset) / _index7.millisecondsInMinute;
      const defaultUnit = options?.unit;
      let unit;
      if (!defaultUnit) {
        if (minutes < 1) {
          unit = "second";
        } else if (minutes < 60) {
          unit = "minute";
        } else if (minutes < _index7.minutesInDay) {
          unit = "hour";
        } else if (dstNormalizedMinutes < _index7.minutesInMonth) {
          unit = "day";
        } else if (dstNormalizedMinutes < _index7.minutesInYear) {
          unit = "month";
        } else {
          unit = "year";
        }
      } else {
        unit = defaultUnit;
      }
      if (unit === "second") {
        const seconds = roundingMethod(milliseconds / 1e3);
        return locale.formatDistance("xSeconds", seconds, localizeOptions);
      } else if (unit === "minute") {
        const roundedMinutes = roundingMethod(minutes);
        return locale.formatDistance("xMinutes", roundedMinutes, localizeOptions);
      } else if (unit === "hour") {
        const hours = roundingMethod(minutes / 60);
        return locale.formatDistance("xHours", hours, localizeOptions);
      } else if (unit === "day") {
        const days = roundingMethod(dstNormalizedMinutes / _index7.minutesInDay);
        return locale.formatDistance("xDays", days, localizeOptions);
      } else if (unit === "month") {
        const months = roundingMethod(
          dstNormalizedMinutes / _index7.minutesInMonth
        );
        return months === 12 && defaultUnit !== "month" ? locale.formatDistance("xYears", 1, localizeOptions) : locale.formatDistance("xMonths", months, localizeOptions);
      } else {
        const years = roundingMethod(dstNormalizedMinutes / _index7.minutesInYear);
        return locale.formatDistance("xYears", years, localizeOptions);
      }
    }
  }
});

// node_modules/date-fns/formatDistanceToNow.cjs
var require_formatDistanceToNow = __commonJS({
  "node_modules/date-fns/formatDistanceToNow.cjs"(exports2) {
    "use strict";
    exports2.formatDistanceToNow = formatDistanceToNow;
    var _index = require_constructNow();
    var _index2 = require_formatDistance2();
    function formatDistanceToNow(date, options) {
      return (0, _index2.formatDistance)(
        date,
        (0, _index.constructNow)(date),
        options
      );
    }
  }
});

// node_modules/date-fns/formatDistanceToNowStrict.cjs
var require_formatDistanceToNowStrict = __commonJS({
  "node_modules/date-fns/formatDistanceToNowStrict.cjs"(exports2) {
    "use strict";
    exports2.formatDistanceToNowStrict = formatDistanceToNowStrict;
    var _index = require_constructNow();
    var _index2 = require_formatDistanceStrict();
    function formatDistanceToNowStrict(date, options) {
      return (0, _index2.formatDistanceStrict)(
        date,
        (0, _index.constructNow)(date),
        options
      );
    }
  }
});

// node_modules/date-fns/formatDuration.cjs
var require_formatDuration = __commonJS({
  "node_modules/date-fns/formatDuration.cjs"(exports2) {
    "use strict";
    exports2.formatDuration = formatDuration;
    var _index = require_defaultLocale();
    var _index2 = require_defaultOptions();
    var defaultFormat = [
      "years",
      "months",
      "weeks",
      "days",
      "hours",
      "minutes",
      "seconds"
    ];
    function formatDuration(duration, options) {
      const defaultOptions = (0, _index2.getDefaultOptions)();
      const locale = options?.locale ?? defaultOptions.locale ?? _index.defaultLocale;
      const format = options?.format ?? defaultFormat;
      const zero = options?.zero ?? false;
      const delimiter = options?.delimiter ?? " ";
      if (!locale.formatDistance) {
        return "";
      }
      const result = format.reduce((acc, unit) => {
        const token = `x${unit.replace(/(^.)/, (m) => m.toUpperCase())}`;
        const value = duration[unit];
        if (value !== void 0 && (zero || duration[unit])) {
          return acc.concat(locale.formatDistance(token, value));
        }
        return acc;
      }, []).join(delimiter);
      return result;
    }
  }
});

// node_modules/date-fns/formatISO.cjs
var require_formatISO = __commonJS({
  "node_modules/date-fns/formatISO.cjs"(exports2) {
    "use strict";
    exports2.formatISO = formatISO;
    var _index = require_addLeadingZeros();
    var _index2 = require_toDate();
    function formatISO(date, options) {
      const date_ = (0, _index2.toDate)(date, options?.in);
      if (isNaN(+date_)) {
        throw new RangeError("Invalid time value");
      }
      const format = options?.format ?? "extended";
      const representation = options?.representation ?? "complete";
      let result = "";
      let tzOffset = "";
      const dateDelimiter = format === "extended" ? "-" : "";
      const timeDelimiter = format === "extended" ? ":" : "";
      if (representation !== "time") {
        const day = (0, _index.addLeadingZeros)(date_.getDate(), 2);
        const month = (0, _index.addLeadingZeros)(date_.getMonth() + 1, 2);
        const year = (0, _index.addLeadingZeros)(date_.getFullYear(), 4);
        result = `${year}${dateDelimiter}${month}${dateDelimiter}${day}`;
      }
      if (representation !== "date") {
        const offset = date_.getTimezoneOffset();
        if (offset !== 0) {
          const absoluteOffset = Math.abs(offset);
          const hourOffset = (0, _index.addLeadingZeros)(
            Math.trunc(absoluteOffset / 60),
            2
          );
          const minuteOffset = (0, _index.addLeadingZeros)(absoluteOffset % 60, 2);
          const sign = offset < 0 ? "+" : "-";
          tzOffset = `${sign}${hourOffset}:${minuteOffset}`;
        } else {
          tzOffset = "Z";
        }
        const hour = (0, _index.addLeadingZeros)(date_.getHours(), 2);
        const minute = (0, _index.addLeadingZeros)(date_.getMinutes(), 2);
        const second = (0, _index.addLeadingZeros)(date_.getSeconds(), 2);
        const separator = result === "" ? "" : "T";
        const time = [hour, minute, second].join(timeDelimiter);
        result = `${result}${separator}${time}${tzOffset}`;
      }
      return result;
    }
  }
});

// node_modules/date-fns/formatISO9075.cjs
var require_formatISO9075 = __commonJS({
  "node_modules/date-fns/formatISO9075.cjs"(exports2) {
    "use strict";
    exports2.formatISO9075 = formatISO9075;
    var _index = require_addLeadingZeros();
    var _index2 = require_isValid();
    var _index3 = require_toDate();
    function formatISO9075(date, options) {
      const date_ = (0, _index3.toDate)(date, options?.in);
      if (!(0, _index2.isValid)(date_)) {
        throw new RangeError("Invalid time value");
      }
      const format = options?.format ?? "extended";
      const representation = options?.representation ?? "complete";
      let result = "";
      const dateDelimiter = format === "extended" ? "-" : "";
      const timeDelimiter = format === "extended" ? ":" : "";
      if (representation !== "time") {
        const day = (0, _index.addLeadingZeros)(date_.getDate(), 2);
        const month = (0, _index.addLeadingZeros)(date_.getMonth() + 1, 2);
        const year = (0, _index.addLeadingZeros)(date_.getFullYear(), 4);
        result = `${year}${dateDelimiter}${month}${dateDelimiter}${day}`;
      }
      if (representation !== "date") {
        const hour = (0, _index.addLeadingZeros)(date_.getHours(), 2);
        const minute = (0, _index.addLeadingZeros)(date_.getMinutes(), 2);
        const second = (0, _index.addLeadingZeros)(date_.getSeconds(), 2);
        const separator = result === "" ? "" : " ";
        result = `${result}${separator}${hour}${timeDelimiter}${minute}${timeDelimiter}${second}`;
      }
      return result;
    }
  }
});

// node_modules/date-fns/formatISODuration.cjs
var require_formatISODuration = __commonJS({
  "node_modules/date-fns/formatISODuration.cjs"(exports2) {
    "use strict";
    exports2.formatISODuration = formatISODuration;
    function formatISODuration(duration) {
      const {
        years = 0,
        months = 0,
        days = 0,
        hours = 0,
        minutes = 0,
        seconds = 0
      } = duration;
      return `P${years}Y${months}M${days}DT${hours}H${minutes}M${seconds}S`;
    }
  }
});

// node_modules/date-fns/formatRFC3339.cjs
var require_formatRFC3339 = __commonJS({
  "node_modules/date-fns/formatRFC3339.cjs"(exports2) {
    "use strict";
    exports2.formatRFC3339 = formatRFC3339;
    var _index = require_addLeadingZeros();
    var _index2 = require_isValid();
    var _index3 = require_toDate();
    function formatRFC3339(date, options) {
      const date_ = (0, _index3.toDate)(date, options?.in);
      if (!(0, _index2.isValid)(date_)) {
        throw new RangeError("Invalid time value");
      }
      const fractionDigits = options?.fractionDigits ?? 0;
      const day = (0, _index.addLeadingZeros)(date_.getDate(), 2);
      const month = (0, _index.addLeadingZeros)(date_.getMonth() + 1, 2);
      const year = date_.getFullYear();
      const hour = (0, _index.addLeadingZeros)(date_.getHours(), 2);
      const minute = (0, _index.addLeadingZeros)(date_.getMinutes(), 2);
      const second = (0, _index.addLeadingZeros)(date_.getSeconds(), 2);
      let fractionalSecond = "";
      if (fractionDigits > 0) {
        const milliseconds = date_.getMilliseconds();
        const fractionalSeconds = Math.trunc(
          milliseconds * Math.pow(10, fractionDigits - 3)
        );
        fractionalSecond = "." + (0, _index.addLeadingZeros)(fractionalSeconds, fractionDigits);
      }
      let offset = "";
      const tzOffset = date_.getTimezoneOffset();
      if (tzOffset !== 0) {
        const absoluteOffset = Math.abs(tzOffset);
        const hourOffset = (0, _index.addLeadingZeros)(
          Math.trunc(absoluteOffset / 60),
          2
        );
        const minuteOffset = (0, _index.addLeadingZeros)(absoluteOffset % 60, 2);
        const sign = tzOffset < 0 ? "+" : "-";
        offset = `${sign}${hourOffset}:${minuteOffset}`;
      } else {
        offset = "Z";
      }
      return `${year}-${month}-${day}T${hour}:${minute}:${second}${fractionalSecond}${offset}`;
    }
  }
});

// node_modules/date-fns/formatRFC7231.cjs
var require_formatRFC7231 = __commonJS({
  "node_modules/date-fns/formatRFC7231.cjs"(exports2) {
    "use strict";
    exports2.formatRFC7231 = formatRFC7231;
    var _index = require_addLeadingZeros();
    var _index2 = require_isValid();
    var _index3 = require_toDate();
    var days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    var months = [
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec"
    ];
    function formatRFC7231(date) {
      const _date = (0, _index3.toDate)(date);
      if (!(0, _index2.isValid)(_date)) {
        throw new RangeError("Invalid time value");
      }
      const dayName = days[_date.getUTCDay()];
      const dayOfMonth = (0, _index.addLeadingZeros)(_date.getUTCDate(), 2);
      const monthName = months[_date.getUTCMonth()];
      const year = _date.getUTCFullYear();
      const hour = (0, _index.addLeadingZeros)(_date.getUTCHours(), 2);
      const minute = (0, _index.addLeadingZeros)(_date.getUTCMinutes(), 2);
      const second = (0, _index.addLeadingZeros)(_date.getUTCSeconds(), 2);
      return `${dayName}, ${dayOfMonth} ${monthName} ${year} ${hour}:${minute}:${second} GMT`;
    }
  }
});

// node_modules/date-fns/formatRelative.cjs
var require_formatRelative2 = __commonJS({
  "node_modules/date-fns/formatRelative.cjs"(exports2) {
    "use strict";
    exports2.formatRelative = formatRelative;
    var _index = require_defaultLocale();
    var _index2 = require_defaultOptions();
    var _index3 = require_normalizeDates();
    var _index4 = require_differenceInCalendarDays();
    var _index5 = require_format();
    function formatRelative(date, baseDate, options) {
      const [date_, baseDate_] = (0, _index3.normalizeDates)(
        options?.in,
        date,
        baseDate
      );
      const defaultOptions = (0, _index2.getDefaultOptions)();
      const locale = options?.locale ?? defaultOptions.locale ?? _index.defaultLocale;
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const diff = (0, _index4.differenceInCalendarDays)(date_, baseDate_);
      if (isNaN(diff)) {
        throw new RangeError("Invalid time value");
      }
      let token;
      if (diff < -6) {
        token = "other";
      } else if (diff < -1) {
        token = "lastWeek";
      } else if (diff < 0) {
        token = "yesterday";
      } else if (diff < 1) {
        token = "today";
      } else if (diff < 2) {
        token = "tomorrow";
      } else if (diff < 7) {
        token = "nextWeek";
      } else {
        token = "other";
      }
      const formatStr = locale.formatRelative(token, date_, baseDate_, {
        locale,
        weekStartsOn
      });
      return (0, _index5.format)(date_, formatStr, { locale, weekStartsOn });
    }
  }
});

// node_modules/date-fns/fromUnixTime.cjs
var require_fromUnixTime = __commonJS({
  "node_modules/date-fns/fromUnixTime.cjs"(exports2) {
    "use strict";
    exports2.fromUnixTime = fromUnixTime;
    var _index = require_toDate();
    function fromUnixTime(unixTime, options) {
      return (0, _index.toDate)(unixTime * 1e3, options?.in);
    }
  }
});

// node_modules/date-fns/getDate.cjs
var require_getDate = __commonJS({
  "node_modules/date-fns/getDate.cjs"(exports2) {
    "use strict";
    exports2.getDate = getDate;
    var _index = require_toDate();
    function getDate(date, options) {
      return (0, _index.toDate)(date, options?.in).getDate();
    }
  }
});

// node_modules/date-fns/getDay.cjs
var require_getDay = __commonJS({
  "node_modules/date-fns/getDay.cjs"(exports2) {
    "use strict";
    exports2.getDay = getDay;
    var _index = require_toDate();
    function getDay(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay();
    }
  }
});

// node_modules/date-fns/getDaysInMonth.cjs
var require_getDaysInMonth = __commonJS({
  "node_modules/date-fns/getDaysInMonth.cjs"(exports2) {
    "use strict";
    exports2.getDaysInMonth = getDaysInMonth;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function getDaysInMonth(date, options) {
      const _date = (0, _index2.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const monthIndex = _date.getMonth();
      const lastDayOfMonth = (0, _index.constructFrom)(_date, 0);
      lastDayOfMonth.setFullYear(year, monthIndex + 1, 0);
      lastDayOfMonth.setHours(0, 0, 0, 0);
      return lastDayOfMonth.getDate();
    }
  }
});

// node_modules/date-fns/isLeapYear.cjs
var require_isLeapYear = __commonJS({
  "node_modules/date-fns/isLeapYear.cjs"(exports2) {
    "use strict";
    exports2.isLeapYear = isLeapYear;
    var _index = require_toDate();
    function isLeapYear(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const year = _date.getFullYear();
      return year % 400 === 0 || year % 4 === 0 && year % 100 !== 0;
    }
  }
});

// node_modules/date-fns/getDaysInYear.cjs
var require_getDaysInYear = __commonJS({
  "node_modules/date-fns/getDaysInYear.cjs"(exports2) {
    "use strict";
    exports2.getDaysInYear = getDaysInYear;
    var _index = require_isLeapYear();
    var _index2 = require_toDate();
    function getDaysInYear(date, options) {
      const _date = (0, _index2.toDate)(date, options?.in);
      if (Number.isNaN(+_date)) return NaN;
      return (0, _index.isLeapYear)(_date) ? 366 : 365;
    }
  }
});

// node_modules/date-fns/getDecade.cjs
var require_getDecade = __commonJS({
  "node_modules/date-fns/getDecade.cjs"(exports2) {
    "use strict";
    exports2.getDecade = getDecade;
    var _index = require_toDate();
    function getDecade(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const decade = Math.floor(year / 10) * 10;
      return decade;
    }
  }
});

// node_modules/date-fns/getDefaultOptions.cjs
var require_getDefaultOptions = __commonJS({
  "node_modules/date-fns/getDefaultOptions.cjs"(exports2) {
    "use strict";
    exports2.getDefaultOptions = getDefaultOptions;
    var _index = require_defaultOptions();
    function getDefaultOptions() {
      return Object.assign({}, (0, _index.getDefaultOptions)());
    }
  }
});

// node_modules/date-fns/getHours.cjs
var require_getHours = __commonJS({
  "node_modules/date-fns/getHours.cjs"(exports2) {
    "use strict";
    exports2.getHours = getHours;
    var _index = require_toDate();
    function getHours(date, options) {
      return (0, _index.toDate)(date, options?.in).getHours();
    }
  }
});

// node_modules/date-fns/getISODay.cjs
var require_getISODay = __commonJS({
  "node_modules/date-fns/getISODay.cjs"(exports2) {
    "use strict";
    exports2.getISODay = getISODay;
    var _index = require_toDate();
    function getISODay(date, options) {
      const day = (0, _index.toDate)(date, options?.in).getDay();
      return day === 0 ? 7 : day;
    }
  }
});

// node_modules/date-fns/getISOWeeksInYear.cjs
var require_getISOWeeksInYear = __commonJS({
  "node_modules/date-fns/getISOWeeksInYear.cjs"(exports2) {
    "use strict";
    exports2.getISOWeeksInYear = getISOWeeksInYear;
    var _index = require_addWeeks();
    var _index2 = require_constants();
    var _index3 = require_startOfISOWeekYear();
    function getISOWeeksInYear(date, options) {
      const thisYear = (0, _index3.startOfISOWeekYear)(date, options);
      const nextYear = (0, _index3.startOfISOWeekYear)(
        (0, _index.addWeeks)(thisYear, 60)
      );
      const diff = +nextYear - +thisYear;
      return Math.round(diff / _index2.millisecondsInWeek);
    }
  }
});

// node_modules/date-fns/getMilliseconds.cjs
var require_getMilliseconds = __commonJS({
  "node_modules/date-fns/getMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.getMilliseconds = getMilliseconds;
    var _index = require_toDate();
    function getMilliseconds(date) {
      return (0, _index.toDate)(date).getMilliseconds();
    }
  }
});

// node_modules/date-fns/getMinutes.cjs
var require_getMinutes = __commonJS({
  "node_modules/date-fns/getMinutes.cjs"(exports2) {
    "use strict";
    exports2.getMinutes = getMinutes;
    var _index = require_toDate();
    function getMinutes(date, options) {
      return (0, _index.toDate)(date, options?.in).getMinutes();
    }
  }
});

// node_modules/date-fns/getMonth.cjs
var require_getMonth = __commonJS({
  "node_modules/date-fns/getMonth.cjs"(exports2) {
    "use strict";
    exports2.getMonth = getMonth;
    var _index = require_toDate();
    function getMonth(date, options) {
      return (0, _index.toDate)(date, options?.in).getMonth();
    }
  }
});

// node_modules/date-fns/getOverlappingDaysInIntervals.cjs
var require_getOverlappingDaysInIntervals = __commonJS({
  "node_modules/date-fns/getOverlappingDaysInIntervals.cjs"(exports2) {
    "use strict";
    exports2.getOverlappingDaysInIntervals = getOverlappingDaysInIntervals;
    var _index = require_getTimezoneOffsetInMilliseconds();
    var _index2 = require_constants();
    var _index3 = require_toDate();
    function getOverlappingDaysInIntervals(intervalLeft, intervalRight) {
      const [leftStart, leftEnd] = [
        +(0, _index3.toDate)(intervalLeft.start),
        +(0, _index3.toDate)(intervalLeft.end)
      ].sort((a, b) => a - b);
      const [rightStart, rightEnd] = [
        +(0, _index3.toDate)(intervalRight.start),
        +(0, _index3.toDate)(intervalRight.end)
      ].sort((a, b) => a - b);
      const isOverlapping = leftStart < rightEnd && rightStart < leftEnd;
      if (!isOverlapping) return 0;
      const overlapLeft = rightStart < leftStart ? leftStart : rightStart;
      const left = overlapLeft - (0, _index.getTimezoneOffsetInMilliseconds)(overlapLeft);
      const overlapRight = rightEnd > leftEnd ? leftEnd : rightEnd;
      const right = overlapRight - (0, _index.getTimezoneOffsetInMilliseconds)(overlapRight);
      return Math.ceil((right - left) / _index2.millisecondsInDay);
    }
  }
});

// node_modules/date-fns/getSeconds.cjs
var require_getSeconds = __commonJS({
  "node_modules/date-fns/getSeconds.cjs"(exports2) {
    "use strict";
    exports2.getSeconds = getSeconds;
    var _index = require_toDate();
    function getSeconds(date) {
      return (0, _index.toDate)(date).getSeconds();
    }
  }
});

// node_modules/date-fns/getTime.cjs
var require_getTime = __commonJS({
  "node_modules/date-fns/getTime.cjs"(exports2) {
    "use strict";
    exports2.getTime = getTime;
    var _index = require_toDate();
    function getTime(date) {
      return +(0, _index.toDate)(date);
    }
  }
});

// node_modules/date-fns/getUnixTime.cjs
var require_getUnixTime = __commonJS({
  "node_modules/date-fns/getUnixTime.cjs"(exports2) {
    "use strict";
    exports2.getUnixTime = getUnixTime;
    var _index = require_toDate();
    function getUnixTime(date) {
      return Math.trunc(+(0, _index.toDate)(date) / 1e3);
    }
  }
});

// node_modules/date-fns/getWeekOfMonth.cjs
var require_getWeekOfMonth = __commonJS({
  "node_modules/date-fns/getWeekOfMonth.cjs"(exports2) {
    "use strict";
    exports2.getWeekOfMonth = getWeekOfMonth;
    var _index = require_defaultOptions();
    var _index2 = require_getDate();
    var _index3 = require_getDay();
    var _index4 = require_startOfMonth();
    var _index5 = require_toDate();
    function getWeekOfMonth(date, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const currentDayOfMonth = (0, _index2.getDate)(
        (0, _index5.toDate)(date, options?.in)
      );
      if (isNaN(currentDayOfMonth)) return NaN;
      const startWeekDay = (0, _index3.getDay)(
        (0, _index4.startOfMonth)(date, options)
      );
      let lastDayOfFirstWeek = weekStartsOn - startWeekDay;
      if (lastDayOfFirstWeek <= 0) lastDayOfFirstWeek += 7;
      const remainingDaysAfterFirstWeek = currentDayOfMonth - lastDayOfFirstWeek;
      return Math.ceil(remainingDaysAfterFirstWeek / 7) + 1;
    }
  }
});

// node_modules/date-fns/lastDayOfMonth.cjs
var require_lastDayOfMonth = __commonJS({
  "node_modules/date-fns/lastDayOfMonth.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfMonth = lastDayOfMonth;
    var _index = require_toDate();
    function lastDayOfMonth(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const month = _date.getMonth();
      _date.setFullYear(_date.getFullYear(), month + 1, 0);
      _date.setHours(0, 0, 0, 0);
      return (0, _index.toDate)(_date, options?.in);
    }
  }
});

// node_modules/date-fns/getWeeksInMonth.cjs
var require_getWeeksInMonth = __commonJS({
  "node_modules/date-fns/getWeeksInMonth.cjs"(exports2) {
    "use strict";
    exports2.getWeeksInMonth = getWeeksInMonth;
    var _index = require_differenceInCalendarWeeks();
    var _index2 = require_lastDayOfMonth();
    var _index3 = require_startOfMonth();
    var _index4 = require_toDate();
    function getWeeksInMonth(date, options) {
      const contextDate = (0, _index4.toDate)(date, options?.in);
      return (0, _index.differenceInCalendarWeeks)(
        (0, _index2.lastDayOfMonth)(contextDate, options),
        (0, _index3.startOfMonth)(contextDate, options),
        options
      ) + 1;
    }
  }
});

// node_modules/date-fns/getYear.cjs
var require_getYear = __commonJS({
  "node_modules/date-fns/getYear.cjs"(exports2) {
    "use strict";
    exports2.getYear = getYear;
    var _index = require_toDate();
    function getYear(date, options) {
      return (0, _index.toDate)(date, options?.in).getFullYear();
    }
  }
});

// node_modules/date-fns/hoursToMilliseconds.cjs
var require_hoursToMilliseconds = __commonJS({
  "node_modules/date-fns/hoursToMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.hoursToMilliseconds = hoursToMilliseconds;
    var _index = require_constants();
    function hoursToMilliseconds(hours) {
      return Math.trunc(hours * _index.millisecondsInHour);
    }
  }
});

// node_modules/date-fns/hoursToMinutes.cjs
var require_hoursToMinutes = __commonJS({
  "node_modules/date-fns/hoursToMinutes.cjs"(exports2) {
    "use strict";
    exports2.hoursToMinutes = hoursToMinutes;
    var _index = require_constants();
    function hoursToMinutes(hours) {
      return Math.trunc(hours * _index.minutesInHour);
    }
  }
});

// node_modules/date-fns/hoursToSeconds.cjs
var require_hoursToSeconds = __commonJS({
  "node_modules/date-fns/hoursToSeconds.cjs"(exports2) {
    "use strict";
    exports2.hoursToSeconds = hoursToSeconds;
    var _index = require_constants();
    function hoursToSeconds(hours) {
      return Math.trunc(hours * _index.secondsInHour);
    }
  }
});

// node_modules/date-fns/interval.cjs
var require_interval = __commonJS({
  "node_modules/date-fns/interval.cjs"(exports2) {
    "use strict";
    exports2.interval = interval;
    var _index = require_normalizeDates();
    function interval(start, end, options) {
      const [_start, _end] = (0, _index.normalizeDates)(options?.in, start, end);
      if (isNaN(+_start)) throw new TypeError("Start date is invalid");
      if (isNaN(+_end)) throw new TypeError("End date is invalid");
      if (options?.assertPositive && +_start > +_end)
        throw new TypeError("End date must be after start date");
      return { start: _start, end: _end };
    }
  }
});

// node_modules/date-fns/intervalToDuration.cjs
var require_intervalToDuration = __commonJS({
  "node_modules/date-fns/intervalToDuration.cjs"(exports2) {
    "use strict";
    exports2.intervalToDuration = intervalToDuration;
    var _index = require_normalizeInterval();
    var _index2 = require_add();
    var _index3 = require_differenceInDays();
    var _index4 = require_differenceInHours();
    var _index5 = require_differenceInMinutes();
    var _index6 = require_differenceInMonths();
    var _index7 = require_differenceInSeconds();
    var _index8 = require_differenceInYears();
    function intervalToDuration(interval, options) {
      const { start, end } = (0, _index.normalizeInterval)(options?.in, interval);
      const duration = {};
      const years = (0, _index8.differenceInYears)(end, start);
      if (years) duration.years = years;
      const remainingMonths = (0, _index2.add)(start, { years: duration.years });
      const months = (0, _index6.differenceInMonths)(end, remainingMonths);
      if (months) duration.months = months;
      const remainingDays = (0, _index2.add)(remainingMonths, {
        months: duration.months
      });
      const days = (0, _index3.differenceInDays)(end, remainingDays);
      if (days) duration.days = days;
      const remainingHours = (0, _index2.add)(remainingDays, {
        days: duration.days
      });
      const hours = (0, _index4.differenceInHours)(end, remainingHours);
      if (hours) duration.hours = hours;
      const remainingMinutes = (0, _index2.add)(remainingHours, {
        hours: duration.hours
      });
      const minutes = (0, _index5.differenceInMinutes)(end, remainingMinutes);
      if (minutes) duration.minutes = minutes;
      const remainingSeconds = (0, _index2.add)(remainingMinutes, {
        minutes: duration.minutes
      });
      const seconds = (0, _index7.differenceInSeconds)(end, remainingSeconds);
      if (seconds) duration.seconds = seconds;
      return duration;
    }
  }
});

// node_modules/date-fns/intlFormat.cjs
var require_intlFormat = __commonJS({
  "node_modules/date-fns/intlFormat.cjs"(exports2) {
    "use strict";
    exports2.intlFormat = intlFormat;
    var _index = require_toDate();
    function intlFormat(date, formatOrLocale, localeOptions) {
      let formatOptions;
      if (isFormatOptions(formatOrLocale)) {
        formatOptions = formatOrLocale;
      } else {
        localeOptions = formatOrLocale;
      }
      return new Intl.DateTimeFormat(localeOptions?.locale, formatOptions).format(
        (0, _index.toDate)(date)
      );
    }
    function isFormatOptions(opts) {
      return opts !== void 0 && !("locale" in opts);
    }
  }
});

// node_modules/date-fns/intlFormatDistance.cjs
var require_intlFormatDistance = __commonJS({
  "node_modules/date-fns/intlFormatDistance.cjs"(exports2) {
    "use strict";
    exports2.intlFormatDistance = intlFormatDistance;
    var _index = require_normalizeDates();
    var _index2 = require_constants();
    var _index3 = require_differenceInCalendarDays();
    var _index4 = require_differenceInCalendarMonths();
    var _index5 = require_differenceInCalendarQuarters();
    var _index6 = require_differenceInCalendarWeeks();
    var _index7 = require_differenceInCalendarYears();
    var _index8 = require_differenceInHours();
    var _index9 = require_differenceInMinutes();
    var _index0 = require_differenceInSeconds();
    function intlFormatDistance(laterDate, earlierDate, options) {
      let value = 0;
      let unit;
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      if (!options?.unit) {
        const diffInSeconds = (0, _index0.differenceInSeconds)(
          laterDate_,
          earlierDate_
        );
        if (Math.abs(diffInSeconds) < _index2.secondsInMinute) {
          value = (0, _index0.differenceInSeconds)(laterDate_, earlierDate_);
          unit = "second";
        } else if (Math.abs(diffInSeconds) < _index2.secondsInHour) {
          value = (0, _index9.differenceInMinutes)(laterDate_, earlierDate_);
          unit = "minute";
        } else if (Math.abs(diffInSeconds) < _index2.secondsInDay && Math.abs(
          (0, _index3.differenceInCalendarDays)(laterDate_, earlierDate_)
        ) < 1) {
          value = (0, _index8.differenceInHours)(laterDate_, earlierDate_);
          unit = "hour";
        } else if (Math.abs(diffInSeconds) < _index2.secondsInWeek && (value = (0, _index3.differenceInCalendarDays)(
          laterDate_,
          earlierDate_
        )) && Math.abs(value) < 7) {
          unit = "day";
        } else if (Math.abs(diffInSeconds) < _index2.secondsInMonth) {
          value = (0, _index6.differenceInCalendarWeeks)(laterDate_, earlierDate_);
          unit = "week";
        } else if (Math.abs(diffInSeconds) < _index2.secondsInQuarter) {
          value = (0, _index4.differenceInCalendarMonths)(laterDate_, earlierDate_);
          unit = "month";
        } else if (Math.abs(diffInSeconds) < _index2.secondsInYear) {
          if ((0, _index5.differenceInCalendarQuarters)(laterDate_, earlierDate_) < 4) {
            value = (0, _index5.differenceInCalendarQuarters)(
              laterDate_,
              earlierDate_
            );
            unit = "quarter";
          } else {
            value = (0, _index7.differenceInCalendarYears)(
              laterDate_,
              earlierDate_
            );
            unit = "year";
          }
        } else {
          value = (0, _index7.differenceInCalendarYears)(laterDate_, earlierDate_);
          unit = "year";
        }
      } else {
        unit = options?.unit;
        if (unit === "second") {
          value = (0, _index0.differenceInSeconds)(laterDate_, earlierDate_);
        } else if (unit === "minute") {
          value = (0, _index9.differenceInMinutes)(laterDate_, earlierDate_);
        } else if (unit === "hour") {
          value = (0, _index8.differenceInHours)(laterDate_, earlierDate_);
        } else if (unit === "day") {
          value = (0, _index3.differenceInCalendarDays)(laterDate_, earlierDate_);
        } else if (unit === "week") {
          value = (0, _index6.differenceInCalendarWeeks)(laterDate_, earlierDate_);
        } else if (unit === "month") {
          value = (0, _index4.differenceInCalendarMonths)(laterDate_, earlierDate_);
        } else if (unit === "quarter") {
          value = (0, _index5.differenceInCalendarQuarters)(
            laterDate_,
            earlierDate_
          );
        } else if (unit === "year") {
          value = (0, _index7.differenceInCalendarYears)(laterDate_, earlierDate_);
        }
      }
      const rtf = new Intl.RelativeTimeFormat(options?.locale, {
        numeric: "auto",
        ...options
      });
      return rtf.format(value, unit);
    }
  }
});

// node_modules/date-fns/isAfter.cjs
var require_isAfter = __commonJS({
  "node_modules/date-fns/isAfter.cjs"(exports2) {
    "use strict";
    exports2.isAfter = isAfter;
    var _index = require_toDate();
    function isAfter(date, dateToCompare) {
      return +(0, _index.toDate)(date) > +(0, _index.toDate)(dateToCompare);
    }
  }
});

// node_modules/date-fns/isBefore.cjs
var require_isBefore = __commonJS({
  "node_modules/date-fns/isBefore.cjs"(exports2) {
    "use strict";
    exports2.isBefore = isBefore;
    var _index = require_toDate();
    function isBefore(date, dateToCompare) {
      return +(0, _index.toDate)(date) < +(0, _index.toDate)(dateToCompare);
    }
  }
});

// node_modules/date-fns/isEqual.cjs
var require_isEqual = __commonJS({
  "node_modules/date-fns/isEqual.cjs"(exports2) {
    "use strict";
    exports2.isEqual = isEqual;
    var _index = require_toDate();
    function isEqual(leftDate, rightDate) {
      return +(0, _index.toDate)(leftDate) === +(0, _index.toDate)(rightDate);
    }
  }
});

// node_modules/date-fns/isExists.cjs
var require_isExists = __commonJS({
  "node_modules/date-fns/isExists.cjs"(exports2) {
    "use strict";
    exports2.isExists = isExists;
    function isExists(year, month, day) {
      const date = new Date(year, month, day);
      return date.getFullYear() === year && date.getMonth() === month && date.getDate() === day;
    }
  }
});

// node_modules/date-fns/isFirstDayOfMonth.cjs
var require_isFirstDayOfMonth = __commonJS({
  "node_modules/date-fns/isFirstDayOfMonth.cjs"(exports2) {
    "use strict";
    exports2.isFirstDayOfMonth = isFirstDayOfMonth;
    var _index = require_toDate();
    function isFirstDayOfMonth(date, options) {
      return (0, _index.toDate)(date, options?.in).getDate() === 1;
    }
  }
});

// node_modules/date-fns/isFriday.cjs
var require_isFriday = __commonJS({
  "node_modules/date-fns/isFriday.cjs"(exports2) {
    "use strict";
    exports2.isFriday = isFriday;
    var _index = require_toDate();
    function isFriday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 5;
    }
  }
});

// node_modules/date-fns/isFuture.cjs
var require_isFuture = __commonJS({
  "node_modules/date-fns/isFuture.cjs"(exports2) {
    "use strict";
    exports2.isFuture = isFuture;
    var _index = require_toDate();
    function isFuture(date) {
      return +(0, _index.toDate)(date) > Date.now();
    }
  }
});

// node_modules/date-fns/transpose.cjs
var require_transpose = __commonJS({
  "node_modules/date-fns/transpose.cjs"(exports2) {
    "use strict";
    exports2.transpose = transpose;
    var _index = require_constructFrom();
    function transpose(date, constructor) {
      const date_ = isConstructor(constructor) ? new constructor(0) : (0, _index.constructFrom)(constructor, 0);
      date_.setFullYear(date.getFullYear(), date.getMonth(), date.getDate());
      date_.setHours(
        date.getHours(),
        date.getMinutes(),
        date.getSeconds(),
        date.getMilliseconds()
      );
      return date_;
    }
    function isConstructor(constructor) {
      return typeof constructor === "function" && constructor.prototype?.constructor === constructor;
    }
  }
});

// node_modules/date-fns/parse/_lib/Setter.cjs
var require_Setter = __commonJS({
  "node_modules/date-fns/parse/_lib/Setter.cjs"(exports2) {
    "use strict";
    exports2.ValueSetter = exports2.Setter = exports2.DateTimezoneSetter = void 0;
    var _index = require_constructFrom();
    var _index2 = require_transpose();
    var TIMEZONE_UNIT_PRIORITY = 10;
    var Setter = class {
      subPriority = 0;
      validate(_utcDate, _options) {
        return true;
      }
    };
    exports2.Setter = Setter;
    var ValueSetter = class extends Setter {
      constructor(value, validateValue, setValue, priority, subPriority) {
        super();
        this.value = value;
        this.validateValue = validateValue;
        this.setValue = setValue;
        this.priority = priority;
        if (subPriority) {
          this.subPriority = subPriority;
        }
      }
      validate(date, options) {
        return this.validateValue(date, this.value, options);
      }
      set(date, flags, options) {
        return this.setValue(date, flags, this.value, options);
      }
    };
    exports2.ValueSetter = ValueSetter;
    var DateTimezoneSetter = class extends Setter {
      priority = TIMEZONE_UNIT_PRIORITY;
      subPriority = -1;
      constructor(context, reference) {
        super();
        this.context = context || ((date) => (0, _index.constructFrom)(reference, date));
      }
      set(date, flags) {
        if (flags.timestampIsSet) return date;
        return (0, _index.constructFrom)(
          date,
          (0, _index2.transpose)(date, this.context)
        );
      }
    };
    exports2.DateTimezoneSetter = DateTimezoneSetter;
  }
});

// node_modules/date-fns/parse/_lib/Parser.cjs
var require_Parser = __commonJS({
  "node_modules/date-fns/parse/_lib/Parser.cjs"(exports2) {
    "use strict";
    exports2.Parser = void 0;
    var _Setter = require_Setter();
    var Parser = class {
      run(dateString, token, match, options) {
        const result = this.parse(dateString, token, match, options);
        if (!result) {
          return null;
        }
        return {
          setter: new _Setter.ValueSetter(
            result.value,
            this.validate,
            this.set,
            this.priority,
            this.subPriority
          ),
          rest: result.rest
        };
      }
      validate(_utcDate, _value, _options) {
        return true;
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/EraParser.cjs
var require_EraParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/EraParser.cjs"(exports2) {
    "use strict";
    exports2.EraParser = void 0;
    var _Parser = require_Parser();
    var EraParser = class extends _Parser.Parser {
      priority = 140;
      parse(dateString, token, match) {
        switch (token) {
          // AD, BC
          case "G":
          case "GG":
          case "GGG":
            return match.era(dateString, { width: "abbreviated" }) || match.era(dateString, { width: "narrow" });
          // A, B
          case "GGGGG":
            return match.era(dateString, { width: "narrow" });
          // Anno Domini, Before Christ
          case "GGGG":
          default:
            return match.era(dateString, { width: "wide" }) || match.era(dateString, { width: "abbreviated" }) || match.era(dateString, { width: "narrow" });
        }
      }
      set(date, flags, value) {
        flags.era = value;
        date.setFullYear(value, 0, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["R", "u", "t", "T"];
    };
    exports2.EraParser = EraParser;
  }
});

// node_modules/date-fns/parse/_lib/constants.cjs
var require_constants2 = __commonJS({
  "node_modules/date-fns/parse/_lib/constants.cjs"(exports2) {
    "use strict";
    exports2.timezonePatterns = exports2.numericPatterns = void 0;
    var numericPatterns = exports2.numericPatterns = {
      month: /^(1[0-2]|0?\d)/,
      // 0 to 12
      date: /^(3[0-1]|[0-2]?\d)/,
      // 0 to 31
      dayOfYear: /^(36[0-6]|3[0-5]\d|[0-2]?\d?\d)/,
      // 0 to 366
      week: /^(5[0-3]|[0-4]?\d)/,
      // 0 to 53
      hour23h: /^(2[0-3]|[0-1]?\d)/,
      // 0 to 23
      hour24h: /^(2[0-4]|[0-1]?\d)/,
      // 0 to 24
      hour11h: /^(1[0-1]|0?\d)/,
      // 0 to 11
      hour12h: /^(1[0-2]|0?\d)/,
      // 0 to 12
      minute: /^[0-5]?\d/,
      // 0 to 59
      second: /^[0-5]?\d/,
      // 0 to 59
      singleDigit: /^\d/,
      // 0 to 9
      twoDigits: /^\d{1,2}/,
      // 0 to 99
      threeDigits: /^\d{1,3}/,
      // 0 to 999
      fourDigits: /^\d{1,4}/,
      // 0 to 9999
      anyDigitsSigned: /^-?\d+/,
      singleDigitSigned: /^-?\d/,
      // 0 to 9, -0 to -9
      twoDigitsSigned: /^-?\d{1,2}/,
      // 0 to 99, -0 to -99
      threeDigitsSigned: /^-?\d{1,3}/,
      // 0 to 999, -0 to -999
      fourDigitsSigned: /^-?\d{1,4}/
      // 0 to 9999, -0 to -9999
    };
    var timezonePatterns = exports2.timezonePatterns = {
      basicOptionalMinutes: /^([+-])(\d{2})(\d{2})?|Z/,
      basic: /^([+-])(\d{2})(\d{2})|Z/,
      basicOptionalSeconds: /^([+-])(\d{2})(\d{2})((\d{2}))?|Z/,
      extended: /^([+-])(\d{2}):(\d{2})|Z/,
      extendedOptionalSeconds: /^([+-])(\d{2}):(\d{2})(:(\d{2}))?|Z/
    };
  }
});

// node_modules/date-fns/parse/_lib/utils.cjs
var require_utils = __commonJS({
  "node_modules/date-fns/parse/_lib/utils.cjs"(exports2) {
    "use strict";
    exports2.dayPeriodEnumToHours = dayPeriodEnumToHours;
    exports2.isLeapYearIndex = isLeapYearIndex;
    exports2.mapValue = mapValue;
    exports2.normalizeTwoDigitYear = normalizeTwoDigitYear;
    exports2.parseAnyDigitsSigned = parseAnyDigitsSigned;
    exports2.parseNDigits = parseNDigits;
    exports2.parseNDigitsSigned = parseNDigitsSigned;
    exports2.parseNumericPattern = parseNumericPattern;
    exports2.parseTimezonePattern = parseTimezonePattern;
    var _index = require_constants();
    var _constants = require_constants2();
    function mapValue(parseFnResult, mapFn) {
      if (!parseFnResult) {
        return parseFnResult;
      }
      return {
        value: mapFn(parseFnResult.value),
        rest: parseFnResult.rest
      };
    }
    function parseNumericPattern(pattern, dateString) {
      const matchResult = dateString.match(pattern);
      if (!matchResult) {
        return null;
      }
      return {
        value: parseInt(matchResult[0], 10),
        rest: dateString.slice(matchResult[0].length)
      };
    }
    function parseTimezonePattern(pattern, dateString) {
      const matchResult = dateString.match(pattern);
      if (!matchResult) {
        return null;
      }
      if (matchResult[0] === "Z") {
        return {
          value: 0,
          rest: dateString.slice(1)
        };
      }
      const sign = matchResult[1] === "+" ? 1 : -1;
      const hours = matchResult[2] ? parseInt(matchResult[2], 10) : 0;
      const minutes = matchResult[3] ? parseInt(matchResult[3], 10) : 0;
      const seconds = matchResult[5] ? parseInt(matchResult[5], 10) : 0;
      return {
        value: sign * (hours * _index.millisecondsInHour + minutes * _index.millisecondsInMinute + seconds * _index.millisecondsInSecond),
        rest: dateString.slice(matchResult[0].length)
      };
    }
    function parseAnyDigitsSigned(dateString) {
      return parseNumericPattern(
        _constants.numericPatterns.anyDigitsSigned,
        dateString
      );
    }
    function parseNDigits(n, dateString) {
      switch (n) {
        case 1:
          return parseNumericPattern(
            _constants.numericPatterns.singleDigit,
            dateString
          );
        case 2:
          return parseNumericPattern(
            _constants.numericPatterns.twoDigits,
            dateString
          );
        case 3:
          return parseNumericPattern(
            _constants.numericPatterns.threeDigits,
            dateString
          );
        case 4:
          return parseNumericPattern(
            _constants.numericPatterns.fourDigits,
            dateString
          );
        default:
          return parseNumericPattern(new RegExp("^\\d{1," + n + "}"), dateString);
      }
    }
    function parseNDigitsSigned(n, dateString) {
      switch (n) {
        case 1:
          return parseNumericPattern(
            _constants.numericPatterns.singleDigitSigned,
            dateString
          );
        case 2:
          return parseNumericPattern(
            _constants.numericPatterns.twoDigitsSigned,
            dateString
          );
        case 3:
          return parseNumericPattern(
            _constants.numericPatterns.threeDigitsSigned,
            dateString
          );
        case 4:
          return parseNumericPattern(
            _constants.numericPatterns.fourDigitsSigned,
            dateString
          );
        default:
          return parseNumericPattern(new RegExp("^-?\\d{1," + n + "}"), dateString);
      }
    }
    function dayPeriodEnumToHours(dayPeriod) {
      switch (dayPeriod) {
        case "morning":
          return 4;
        case "evening":
          return 17;
        case "pm":
        case "noon":
        case "afternoon":
          return 12;
        case "am":
        case "midnight":
        case "night":
        default:
          return 0;
      }
    }
    function normalizeTwoDigitYear(twoDigitYear, currentYear) {
      const isCommonEra = currentYear > 0;
      const absCurrentYear = isCommonEra ? currentYear : 1 - currentYear;
      let result;
      if (absCurrentYear <= 50) {
        result = twoDigitYear || 100;
      } else {
        const rangeEnd = absCurrentYear + 50;
        const rangeEndCentury = Math.trunc(rangeEnd / 100) * 100;
        const isPreviousCentury = twoDigitYear >= rangeEnd % 100;
        result = twoDigitYear + rangeEndCentury - (isPreviousCentury ? 100 : 0);
      }
      return isCommonEra ? result : 1 - result;
    }
    function isLeapYearIndex(year) {
      return year % 400 === 0 || year % 4 === 0 && year % 100 !== 0;
    }
  }
});

// node_modules/date-fns/parse/_lib/parsers/YearParser.cjs
var require_YearParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/YearParser.cjs"(exports2) {
    "use strict";
    exports2.YearParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var YearParser = class extends _Parser.Parser {
      priority = 130;
      incompatibleTokens = ["Y", "R", "u", "w", "I", "i", "e", "c", "t", "T"];
      parse(dateString, token, match) {
        const valueCallback = (year) => ({
          year,
          isTwoDigitYear: token === "yy"
        });
        switch (token) {
          case "y":
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(4, dateString),
              valueCallback
            );
          case "yo":
            return (0, _utils.mapValue)(
              match.ordinalNumber(dateString, {
                unit: "year"
              }),
              valueCallback
            );
          default:
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(token.length, dateString),
              valueCallback
            );
        }
      }
      validate(_date, value) {
        return value.isTwoDigitYear || value.year > 0;
      }
      set(date, flags, value) {
        const currentYear = date.getFullYear();
        if (value.isTwoDigitYear) {
          const normalizedTwoDigitYear = (0, _utils.normalizeTwoDigitYear)(
            value.year,
            currentYear
          );
          date.setFullYear(normalizedTwoDigitYear, 0, 1);
          date.setHours(0, 0, 0, 0);
          return date;
        }
        const year = !("era" in flags) || flags.era === 1 ? value.year : 1 - value.year;
        date.setFullYear(year, 0, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
    };
    exports2.YearParser = YearParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/LocalWeekYearParser.cjs
var require_LocalWeekYearParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/LocalWeekYearParser.cjs"(exports2) {
    "use strict";
    exports2.LocalWeekYearParser = void 0;
    var _index = require_getWeekYear();
    var _index2 = require_startOfWeek();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var LocalWeekYearParser = class extends _Parser.Parser {
      priority = 130;
      parse(dateString, token, match) {
        const valueCallback = (year) => ({
          year,
          isTwoDigitYear: token === "YY"
        });
        switch (token) {
          case "Y":
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(4, dateString),
              valueCallback
            );
          case "Yo":
            return (0, _utils.mapValue)(
              match.ordinalNumber(dateString, {
                unit: "year"
              }),
              valueCallback
            );
          default:
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(token.length, dateString),
              valueCallback
            );
        }
      }
      validate(_date, value) {
        return value.isTwoDigitYear || value.year > 0;
      }
      set(date, flags, value, options) {
        const currentYear = (0, _index.getWeekYear)(date, options);
        if (value.isTwoDigitYear) {
          const normalizedTwoDigitYear = (0, _utils.normalizeTwoDigitYear)(
            value.year,
            currentYear
          );
          date.setFullYear(
            normalizedTwoDigitYear,
            0,
            options.firstWeekContainsDate
          );
          date.setHours(0, 0, 0, 0);
          return (0, _index2.startOfWeek)(date, options);
        }
        const year = !("era" in flags) || flags.era === 1 ? value.year : 1 - value.year;
        date.setFullYear(year, 0, options.firstWeekContainsDate);
        date.setHours(0, 0, 0, 0);
        return (0, _index2.startOfWeek)(date, options);
      }
      incompatibleTokens = [
        "y",
        "R",
        "u",
        "Q",
        "q",
        "M",
        "L",
        "I",
        "d",
        "D",
        "i",
        "t",
        "T"
      ];
    };
    exports2.LocalWeekYearParser = LocalWeekYearParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/ISOWeekYearParser.cjs
var require_ISOWeekYearParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/ISOWeekYearParser.cjs"(exports2) {
    "use strict";
    exports2.ISOWeekYearParser = void 0;
    var _index = require_startOfISOWeek();
    var _index2 = require_constructFrom();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var ISOWeekYearParser = class extends _Parser.Parser {
      priority = 130;
      parse(dateString, token) {
        if (token === "R") {
          return (0, _utils.parseNDigitsSigned)(4, dateString);
        }
        return (0, _utils.parseNDigitsSigned)(token.length, dateString);
      }
      set(date, _flags, value) {
        const firstWeekOfYear = (0, _index2.constructFrom)(date, 0);
        firstWeekOfYear.setFullYear(value, 0, 4);
        firstWeekOfYear.setHours(0, 0, 0, 0);
        return (0, _index.startOfISOWeek)(firstWeekOfYear);
      }
      incompatibleTokens = [
        "G",
        "y",
        "Y",
        "u",
        "Q",
        "q",
        "M",
        "L",
        "w",
        "d",
        "D",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.ISOWeekYearParser = ISOWeekYearParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/ExtendedYearParser.cjs
var require_ExtendedYearParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/ExtendedYearParser.cjs"(exports2) {
    "use strict";
    exports2.ExtendedYearParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var ExtendedYearParser = class extends _Parser.Parser {
      priority = 130;
      parse(dateString, token) {
        if (token === "u") {
          return (0, _utils.parseNDigitsSigned)(4, dateString);
        }
        return (0, _utils.parseNDigitsSigned)(token.length, dateString);
      }
      set(date, _flags, value) {
        date.setFullYear(value, 0, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["G", "y", "Y", "R", "w", "I", "i", "e", "c", "t", "T"];
    };
    exports2.ExtendedYearParser = ExtendedYearParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/QuarterParser.cjs
var require_QuarterParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/QuarterParser.cjs"(exports2) {
    "use strict";
    exports2.QuarterParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var QuarterParser = class extends _Parser.Parser {
      priority = 120;
      parse(dateString, token, match) {
        switch (token) {
          // 1, 2, 3, 4
          case "Q":
          case "QQ":
            return (0, _utils.parseNDigits)(token.length, dateString);
          // 1st, 2nd, 3rd, 4th
          case "Qo":
            return match.ordinalNumber(dateString, { unit: "quarter" });
          // Q1, Q2, Q3, Q4
          case "QQQ":
            return match.quarter(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.quarter(dateString, {
              width: "narrow",
              context: "formatting"
            });
          // 1, 2, 3, 4 (narrow quarter; could be not numerical)
          case "QQQQQ":
            return match.quarter(dateString, {
              width: "narrow",
              context: "formatting"
            });
          // 1st quarter, 2nd quarter, ...
          case "QQQQ":
          default:
            return match.quarter(dateString, {
              width: "wide",
              context: "formatting"
            }) || match.quarter(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.quarter(dateString, {
              width: "narrow",
              context: "formatting"
            });
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 4;
      }
      set(date, _flags, value) {
        date.setMonth((value - 1) * 3, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "Y",
        "R",
        "q",
        "M",
        "L",
        "w",
        "I",
        "d",
        "D",
        "i",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.QuarterParser = QuarterParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/StandAloneQuarterParser.cjs
var require_StandAloneQuarterParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/StandAloneQuarterParser.cjs"(exports2) {
    "use strict";
    exports2.StandAloneQuarterParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var StandAloneQuarterParser = class extends _Parser.Parser {
      priority = 120;
      parse(dateString, token, match) {
        switch (token) {
          // 1, 2, 3, 4
          case "q":
          case "qq":
            return (0, _utils.parseNDigits)(token.length, dateString);
          // 1st, 2nd, 3rd, 4th
          case "qo":
            return match.ordinalNumber(dateString, { unit: "quarter" });
          // Q1, Q2, Q3, Q4
          case "qqq":
            return match.quarter(dateString, {
              width: "abbreviated",
              context: "standalone"
            }) || match.quarter(dateString, {
              width: "narrow",
              context: "standalone"
            });
          // 1, 2, 3, 4 (narrow quarter; could be not numerical)
          case "qqqqq":
            return match.quarter(dateString, {
              width: "narrow",
              context: "standalone"
            });
          // 1st quarter, 2nd quarter, ...
          case "qqqq":
          default:
            return match.quarter(dateString, {
              width: "wide",
              context: "standalone"
            }) || match.quarter(dateString, {
              width: "abbreviated",
              context: "standalone"
            }) || match.quarter(dateString, {
              width: "narrow",
              context: "standalone"
            });
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 4;
      }
      set(date, _flags, value) {
        date.setMonth((value - 1) * 3, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "Y",
        "R",
        "Q",
        "M",
        "L",
        "w",
        "I",
        "d",
        "D",
        "i",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.StandAloneQuarterParser = StandAloneQuarterParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/MonthParser.cjs
var require_MonthParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/MonthParser.cjs"(exports2) {
    "use strict";
    exports2.MonthParser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var MonthParser = class extends _Parser.Parser {
      incompatibleTokens = [
        "Y",
        "R",
        "q",
        "Q",
        "L",
        "w",
        "I",
        "D",
        "i",
        "e",
        "c",
        "t",
        "T"
      ];
      priority = 110;
      parse(dateString, token, match) {
        const valueCallback = (value) => value - 1;
        switch (token) {
          // 1, 2, ..., 12
          case "M":
            return (0, _utils.mapValue)(
              (0, _utils.parseNumericPattern)(
                _constants.numericPatterns.month,
                dateString
              ),
              valueCallback
            );
          // 01, 02, ..., 12
          case "MM":
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(2, dateString),
              valueCallback
            );
          // 1st, 2nd, ..., 12th
          case "Mo":
            return (0, _utils.mapValue)(
              match.ordinalNumber(dateString, {
                unit: "month"
              }),
              valueCallback
            );
          // Jan, Feb, ..., Dec
          case "MMM":
            return match.month(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.month(dateString, { width: "narrow", context: "formatting" });
          // J, F, ..., D
          case "MMMMM":
            return match.month(dateString, {
              width: "narrow",
              context: "formatting"
            });
          // January, February, ..., December
          case "MMMM":
          default:
            return match.month(dateString, { width: "wide", context: "formatting" }) || match.month(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.month(dateString, { width: "narrow", context: "formatting" });
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 11;
      }
      set(date, _flags, value) {
        date.setMonth(value, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
    };
    exports2.MonthParser = MonthParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/StandAloneMonthParser.cjs
var require_StandAloneMonthParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/StandAloneMonthParser.cjs"(exports2) {
    "use strict";
    exports2.StandAloneMonthParser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var StandAloneMonthParser = class extends _Parser.Parser {
      priority = 110;
      parse(dateString, token, match) {
        const valueCallback = (value) => value - 1;
        switch (token) {
          // 1, 2, ..., 12
          case "L":
            return (0, _utils.mapValue)(
              (0, _utils.parseNumericPattern)(
                _constants.numericPatterns.month,
                dateString
              ),
              valueCallback
            );
          // 01, 02, ..., 12
          case "LL":
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(2, dateString),
              valueCallback
            );
          // 1st, 2nd, ..., 12th
          case "Lo":
            return (0, _utils.mapValue)(
              match.ordinalNumber(dateString, {
                unit: "month"
              }),
              valueCallback
            );
          // Jan, Feb, ..., Dec
          case "LLL":
            return match.month(dateString, {
              width: "abbreviated",
              context: "standalone"
            }) || match.month(dateString, { width: "narrow", context: "standalone" });
          // J, F, ..., D
          case "LLLLL":
            return match.month(dateString, {
              width: "narrow",
              context: "standalone"
            });
          // January, February, ..., December
          case "LLLL":
          default:
            return match.month(dateString, { width: "wide", context: "standalone" }) || match.month(dateString, {
              width: "abbreviated",
              context: "standalone"
            }) || match.month(dateString, { width: "narrow", context: "standalone" });
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 11;
      }
      set(date, _flags, value) {
        date.setMonth(value, 1);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "Y",
        "R",
        "q",
        "Q",
        "M",
        "w",
        "I",
        "D",
        "i",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.StandAloneMonthParser = StandAloneMonthParser;
  }
});

// node_modules/date-fns/setWeek.cjs
var require_setWeek = __commonJS({
  "node_modules/date-fns/setWeek.cjs"(exports2) {
    "use strict";
    exports2.setWeek = setWeek;
    var _index = require_getWeek();
    var _index2 = require_toDate();
    function setWeek(date, week, options) {
      const date_ = (0, _index2.toDate)(date, options?.in);
      const diff = (0, _index.getWeek)(date_, options) - week;
      date_.setDate(date_.getDate() - diff * 7);
      return (0, _index2.toDate)(date_, options?.in);
    }
  }
});

// node_modules/date-fns/parse/_lib/parsers/LocalWeekParser.cjs
var require_LocalWeekParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/LocalWeekParser.cjs"(exports2) {
    "use strict";
    exports2.LocalWeekParser = void 0;
    var _index = require_setWeek();
    var _index2 = require_startOfWeek();
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var LocalWeekParser = class extends _Parser.Parser {
      priority = 100;
      parse(dateString, token, match) {
        switch (token) {
          case "w":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.week,
              dateString
            );
          case "wo":
            return match.ordinalNumber(dateString, { unit: "week" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 53;
      }
      set(date, _flags, value, options) {
        return (0, _index2.startOfWeek)(
          (0, _index.setWeek)(date, value, options),
          options
        );
      }
      incompatibleTokens = [
        "y",
        "R",
        "u",
        "q",
        "Q",
        "M",
        "L",
        "I",
        "d",
        "D",
        "i",
        "t",
        "T"
      ];
    };
    exports2.LocalWeekParser = LocalWeekParser;
  }
});

// node_modules/date-fns/setISOWeek.cjs
var require_setISOWeek = __commonJS({
  "node_modules/date-fns/setISOWeek.cjs"(exports2) {
    "use strict";
    exports2.setISOWeek = setISOWeek;
    var _index = require_getISOWeek();
    var _index2 = require_toDate();
    function setISOWeek(date, week, options) {
      const _date = (0, _index2.toDate)(date, options?.in);
      const diff = (0, _index.getISOWeek)(_date, options) - week;
      _date.setDate(_date.getDate() - diff * 7);
      return _date;
    }
  }
});

// node_modules/date-fns/parse/_lib/parsers/ISOWeekParser.cjs
var require_ISOWeekParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/ISOWeekParser.cjs"(exports2) {
    "use strict";
    exports2.ISOWeekParser = void 0;
    var _index = require_setISOWeek();
    var _index2 = require_startOfISOWeek();
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var ISOWeekParser = class extends _Parser.Parser {
      priority = 100;
      parse(dateString, token, match) {
        switch (token) {
          case "I":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.week,
              dateString
            );
          case "Io":
            return match.ordinalNumber(dateString, { unit: "week" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 53;
      }
      set(date, _flags, value) {
        return (0, _index2.startOfISOWeek)((0, _index.setISOWeek)(date, value));
      }
      incompatibleTokens = [
        "y",
        "Y",
        "u",
        "q",
        "Q",
        "M",
        "L",
        "w",
        "d",
        "D",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.ISOWeekParser = ISOWeekParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/DateParser.cjs
var require_DateParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/DateParser.cjs"(exports2) {
    "use strict";
    exports2.DateParser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    var DAYS_IN_MONTH_LEAP_YEAR = [
      31,
      29,
      31,
      30,
      31,
      30,
      31,
      31,
      30,
      31,
      30,
      31
    ];
    var DateParser = class extends _Parser.Parser {
      priority = 90;
      subPriority = 1;
      parse(dateString, token, match) {
        switch (token) {
          case "d":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.date,
              dateString
            );
          case "do":
            return match.ordinalNumber(dateString, { unit: "date" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(date, value) {
        const year = date.getFullYear();
        const isLeapYear = (0, _utils.isLeapYearIndex)(year);
        const month = date.getMonth();
        if (isLeapYear) {
          return value >= 1 && value <= DAYS_IN_MONTH_LEAP_YEAR[month];
        } else {
          return value >= 1 && value <= DAYS_IN_MONTH[month];
        }
      }
      set(date, _flags, value) {
        date.setDate(value);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "Y",
        "R",
        "q",
        "Q",
        "w",
        "I",
        "D",
        "i",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.DateParser = DateParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/DayOfYearParser.cjs
var require_DayOfYearParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/DayOfYearParser.cjs"(exports2) {
    "use strict";
    exports2.DayOfYearParser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var DayOfYearParser = class extends _Parser.Parser {
      priority = 90;
      subpriority = 1;
      parse(dateString, token, match) {
        switch (token) {
          case "D":
          case "DD":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.dayOfYear,
              dateString
            );
          case "Do":
            return match.ordinalNumber(dateString, { unit: "date" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(date, value) {
        const year = date.getFullYear();
        const isLeapYear = (0, _utils.isLeapYearIndex)(year);
        if (isLeapYear) {
          return value >= 1 && value <= 366;
        } else {
          return value >= 1 && value <= 365;
        }
      }
      set(date, _flags, value) {
        date.setMonth(0, value);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "Y",
        "R",
        "q",
        "Q",
        "M",
        "L",
        "w",
        "I",
        "d",
        "E",
        "i",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.DayOfYearParser = DayOfYearParser;
  }
});

// node_modules/date-fns/setDay.cjs
var require_setDay = __commonJS({
  "node_modules/date-fns/setDay.cjs"(exports2) {
    "use strict";
    exports2.setDay = setDay;
    var _index = require_defaultOptions();
    var _index2 = require_addDays();
    var _index3 = require_toDate();
    function setDay(date, day, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const date_ = (0, _index3.toDate)(date, options?.in);
      const currentDay = date_.getDay();
      const remainder = day % 7;
      const dayIndex = (remainder + 7) % 7;
      const delta = 7 - weekStartsOn;
      const diff = day < 0 || day > 6 ? day - (currentDay + delta) % 7 : (dayIndex + delta) % 7 - (currentDay + delta) % 7;
      return (0, _index2.addDays)(date_, diff, options);
    }
  }
});

// node_modules/date-fns/parse/_lib/parsers/DayParser.cjs
var require_DayParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/DayParser.cjs"(exports2) {
    "use strict";
    exports2.DayParser = void 0;
    var _index = require_setDay();
    var _Parser = require_Parser();
    var DayParser = class extends _Parser.Parser {
      priority = 90;
      parse(dateString, token, match) {
        switch (token) {
          // Tue
          case "E":
          case "EE":
          case "EEE":
            return match.day(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.day(dateString, { width: "short", context: "formatting" }) || match.day(dateString, { width: "narrow", context: "formatting" });
          // T
          case "EEEEE":
            return match.day(dateString, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "EEEEEE":
            return match.day(dateString, { width: "short", context: "formatting" }) || match.day(dateString, { width: "narrow", context: "formatting" });
          // Tuesday
          case "EEEE":
          default:
            return match.day(dateString, { width: "wide", context: "formatting" }) || match.day(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.day(dateString, { width: "short", context: "formatting" }) || match.day(dateString, { width: "narrow", context: "formatting" });
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 6;
      }
      set(date, _flags, value, options) {
        date = (0, _index.setDay)(date, value, options);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["D", "i", "e", "c", "t", "T"];
    };
    exports2.DayParser = DayParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/LocalDayParser.cjs
var require_LocalDayParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/LocalDayParser.cjs"(exports2) {
    "use strict";
    exports2.LocalDayParser = void 0;
    var _index = require_setDay();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var LocalDayParser = class extends _Parser.Parser {
      priority = 90;
      parse(dateString, token, match, options) {
        const valueCallback = (value) => {
          const wholeWeekDays = Math.floor((value - 1) / 7) * 7;
          return (value + options.weekStartsOn + 6) % 7 + wholeWeekDays;
        };
        switch (token) {
          // 3
          case "e":
          case "ee":
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(token.length, dateString),
              valueCallback
            );
          // 3rd
          case "eo":
            return (0, _utils.mapValue)(
              match.ordinalNumber(dateString, {
                unit: "day"
              }),
              valueCallback
            );
          // Tue
          case "eee":
            return match.day(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.day(dateString, { width: "short", context: "formatting" }) || match.day(dateString, { width: "narrow", context: "formatting" });
          // T
          case "eeeee":
            return match.day(dateString, {
              width: "narrow",
              context: "formatting"
            });
          // Tu
          case "eeeeee":
            return match.day(dateString, { width: "short", context: "formatting" }) || match.day(dateString, { width: "narrow", context: "formatting" });
          // Tuesday
          case "eeee":
          default:
            return match.day(dateString, { width: "wide", context: "formatting" }) || match.day(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.day(dateString, { width: "short", context: "formatting" }) || match.day(dateString, { width: "narrow", context: "formatting" });
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 6;
      }
      set(date, _flags, value, options) {
        date = (0, _index.setDay)(date, value, options);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "y",
        "R",
        "u",
        "q",
        "Q",
        "M",
        "L",
        "I",
        "d",
        "D",
        "E",
        "i",
        "c",
        "t",
        "T"
      ];
    };
    exports2.LocalDayParser = LocalDayParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/StandAloneLocalDayParser.cjs
var require_StandAloneLocalDayParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/StandAloneLocalDayParser.cjs"(exports2) {
    "use strict";
    exports2.StandAloneLocalDayParser = void 0;
    var _index = require_setDay();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var StandAloneLocalDayParser = class extends _Parser.Parser {
      priority = 90;
      parse(dateString, token, match, options) {
        const valueCallback = (value) => {
          const wholeWeekDays = Math.floor((value - 1) / 7) * 7;
          return (value + options.weekStartsOn + 6) % 7 + wholeWeekDays;
        };
        switch (token) {
          // 3
          case "c":
          case "cc":
            return (0, _utils.mapValue)(
              (0, _utils.parseNDigits)(token.length, dateString),
              valueCallback
            );
          // 3rd
          case "co":
            return (0, _utils.mapValue)(
              match.ordinalNumber(dateString, {
                unit: "day"
              }),
              valueCallback
            );
          // Tue
          case "ccc":
            return match.day(dateString, {
              width: "abbreviated",
              context: "standalone"
            }) || match.day(dateString, { width: "short", context: "standalone" }) || match.day(dateString, { width: "narrow", context: "standalone" });
          // T
          case "ccccc":
            return match.day(dateString, {
              width: "narrow",
              context: "standalone"
            });
          // Tu
          case "cccccc":
            return match.day(dateString, { width: "short", context: "standalone" }) || match.day(dateString, { width: "narrow", context: "standalone" });
          // Tuesday
          case "cccc":
          default:
            return match.day(dateString, { width: "wide", context: "standalone" }) || match.day(dateString, {
              width: "abbreviated",
              context: "standalone"
            }) || match.day(dateString, { width: "short", context: "standalone" }) || match.day(dateString, { width: "narrow", context: "standalone" });
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 6;
      }
      set(date, _flags, value, options) {
        date = (0, _index.setDay)(date, value, options);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "y",
        "R",
        "u",
        "q",
        "Q",
        "M",
        "L",
        "I",
        "d",
        "D",
        "E",
        "i",
        "e",
        "t",
        "T"
      ];
    };
    exports2.StandAloneLocalDayParser = StandAloneLocalDayParser;
  }
});

// node_modules/date-fns/setISODay.cjs
var require_setISODay = __commonJS({
  "node_modules/date-fns/setISODay.cjs"(exports2) {
    "use strict";
    exports2.setISODay = setISODay;
    var _index = require_addDays();
    var _index2 = require_getISODay();
    var _index3 = require_toDate();
    function setISODay(date, day, options) {
      const date_ = (0, _index3.toDate)(date, options?.in);
      const currentDay = (0, _index2.getISODay)(date_, options);
      const diff = day - currentDay;
      return (0, _index.addDays)(date_, diff, options);
    }
  }
});

// node_modules/date-fns/parse/_lib/parsers/ISODayParser.cjs
var require_ISODayParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/ISODayParser.cjs"(exports2) {
    "use strict";
    exports2.ISODayParser = void 0;
    var _index = require_setISODay();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var ISODayParser = class extends _Parser.Parser {
      priority = 90;
      parse(dateString, token, match) {
        const valueCallback = (value) => {
          if (value === 0) {
            return 7;
          }
          return value;
        };
        switch (token) {
          // 2
          case "i":
          case "ii":
            return (0, _utils.parseNDigits)(token.length, dateString);
          // 2nd
          case "io":
            return match.ordinalNumber(dateString, { unit: "day" });
          // Tue
          case "iii":
            return (0, _utils.mapValue)(
              match.day(dateString, {
                width: "abbreviated",
                context: "formatting"
              }) || match.day(dateString, {
                width: "short",
                context: "formatting"
              }) || match.day(dateString, {
                width: "narrow",
                context: "formatting"
              }),
              valueCallback
            );
          // T
          case "iiiii":
            return (0, _utils.mapValue)(
              match.day(dateString, {
                width: "narrow",
                context: "formatting"
              }),
              valueCallback
            );
          // Tu
          case "iiiiii":
            return (0, _utils.mapValue)(
              match.day(dateString, {
                width: "short",
                context: "formatting"
              }) || match.day(dateString, {
                width: "narrow",
                context: "formatting"
              }),
              valueCallback
            );
          // Tuesday
          case "iiii":
          default:
            return (0, _utils.mapValue)(
              match.day(dateString, {
                width: "wide",
                context: "formatting"
              }) || match.day(dateString, {
                width: "abbreviated",
                context: "formatting"
              }) || match.day(dateString, {
                width: "short",
                context: "formatting"
              }) || match.day(dateString, {
                width: "narrow",
                context: "formatting"
              }),
              valueCallback
            );
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 7;
      }
      set(date, _flags, value) {
        date = (0, _index.setISODay)(date, value);
        date.setHours(0, 0, 0, 0);
        return date;
      }
      incompatibleTokens = [
        "y",
        "Y",
        "u",
        "q",
        "Q",
        "M",
        "L",
        "w",
        "d",
        "D",
        "E",
        "e",
        "c",
        "t",
        "T"
      ];
    };
    exports2.ISODayParser = ISODayParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/AMPMParser.cjs
var require_AMPMParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/AMPMParser.cjs"(exports2) {
    "use strict";
    exports2.AMPMParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var AMPMParser = class extends _Parser.Parser {
      priority = 80;
      parse(dateString, token, match) {
        switch (token) {
          case "a":
          case "aa":
          case "aaa":
            return match.dayPeriod(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
          case "aaaaa":
            return match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
          case "aaaa":
          default:
            return match.dayPeriod(dateString, {
              width: "wide",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
        }
      }
      set(date, _flags, value) {
        date.setHours((0, _utils.dayPeriodEnumToHours)(value), 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["b", "B", "H", "k", "t", "T"];
    };
    exports2.AMPMParser = AMPMParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/AMPMMidnightParser.cjs
var require_AMPMMidnightParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/AMPMMidnightParser.cjs"(exports2) {
    "use strict";
    exports2.AMPMMidnightParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var AMPMMidnightParser = class extends _Parser.Parser {
      priority = 80;
      parse(dateString, token, match) {
        switch (token) {
          case "b":
          case "bb":
          case "bbb":
            return match.dayPeriod(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
          case "bbbbb":
            return match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
          case "bbbb":
          default:
            return match.dayPeriod(dateString, {
              width: "wide",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
        }
      }
      set(date, _flags, value) {
        date.setHours((0, _utils.dayPeriodEnumToHours)(value), 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["a", "B", "H", "k", "t", "T"];
    };
    exports2.AMPMMidnightParser = AMPMMidnightParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/DayPeriodParser.cjs
var require_DayPeriodParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/DayPeriodParser.cjs"(exports2) {
    "use strict";
    exports2.DayPeriodParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var DayPeriodParser = class extends _Parser.Parser {
      priority = 80;
      parse(dateString, token, match) {
        switch (token) {
          case "B":
          case "BB":
          case "BBB":
            return match.dayPeriod(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
          case "BBBBB":
            return match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
          case "BBBB":
          default:
            return match.dayPeriod(dateString, {
              width: "wide",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "abbreviated",
              context: "formatting"
            }) || match.dayPeriod(dateString, {
              width: "narrow",
              context: "formatting"
            });
        }
      }
      set(date, _flags, value) {
        date.setHours((0, _utils.dayPeriodEnumToHours)(value), 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["a", "b", "t", "T"];
    };
    exports2.DayPeriodParser = DayPeriodParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/Hour1to12Parser.cjs
var require_Hour1to12Parser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/Hour1to12Parser.cjs"(exports2) {
    "use strict";
    exports2.Hour1to12Parser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var Hour1to12Parser = class extends _Parser.Parser {
      priority = 70;
      parse(dateString, token, match) {
        switch (token) {
          case "h":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.hour12h,
              dateString
            );
          case "ho":
            return match.ordinalNumber(dateString, { unit: "hour" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 12;
      }
      set(date, _flags, value) {
        const isPM = date.getHours() >= 12;
        if (isPM && value < 12) {
          date.setHours(value + 12, 0, 0, 0);
        } else if (!isPM && value === 12) {
          date.setHours(0, 0, 0, 0);
        } else {
          date.setHours(value, 0, 0, 0);
        }
        return date;
      }
      incompatibleTokens = ["H", "K", "k", "t", "T"];
    };
    exports2.Hour1to12Parser = Hour1to12Parser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/Hour0to23Parser.cjs
var require_Hour0to23Parser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/Hour0to23Parser.cjs"(exports2) {
    "use strict";
    exports2.Hour0to23Parser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var Hour0to23Parser = class extends _Parser.Parser {
      priority = 70;
      parse(dateString, token, match) {
        switch (token) {
          case "H":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.hour23h,
              dateString
            );
          case "Ho":
            return match.ordinalNumber(dateString, { unit: "hour" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 23;
      }
      set(date, _flags, value) {
        date.setHours(value, 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["a", "b", "h", "K", "k", "t", "T"];
    };
    exports2.Hour0to23Parser = Hour0to23Parser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/Hour0To11Parser.cjs
var require_Hour0To11Parser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/Hour0To11Parser.cjs"(exports2) {
    "use strict";
    exports2.Hour0To11Parser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var Hour0To11Parser = class extends _Parser.Parser {
      priority = 70;
      parse(dateString, token, match) {
        switch (token) {
          case "K":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.hour11h,
              dateString
            );
          case "Ko":
            return match.ordinalNumber(dateString, { unit: "hour" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 11;
      }
      set(date, _flags, value) {
        const isPM = date.getHours() >= 12;
        if (isPM && value < 12) {
          date.setHours(value + 12, 0, 0, 0);
        } else {
          date.setHours(value, 0, 0, 0);
        }
        return date;
      }
      incompatibleTokens = ["h", "H", "k", "t", "T"];
    };
    exports2.Hour0To11Parser = Hour0To11Parser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/Hour1To24Parser.cjs
var require_Hour1To24Parser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/Hour1To24Parser.cjs"(exports2) {
    "use strict";
    exports2.Hour1To24Parser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var Hour1To24Parser = class extends _Parser.Parser {
      priority = 70;
      parse(dateString, token, match) {
        switch (token) {
          case "k":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.hour24h,
              dateString
            );
          case "ko":
            return match.ordinalNumber(dateString, { unit: "hour" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 1 && value <= 24;
      }
      set(date, _flags, value) {
        const hours = value <= 24 ? value % 24 : value;
        date.setHours(hours, 0, 0, 0);
        return date;
      }
      incompatibleTokens = ["a", "b", "h", "H", "K", "t", "T"];
    };
    exports2.Hour1To24Parser = Hour1To24Parser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/MinuteParser.cjs
var require_MinuteParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/MinuteParser.cjs"(exports2) {
    "use strict";
    exports2.MinuteParser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var MinuteParser = class extends _Parser.Parser {
      priority = 60;
      parse(dateString, token, match) {
        switch (token) {
          case "m":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.minute,
              dateString
            );
          case "mo":
            return match.ordinalNumber(dateString, { unit: "minute" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 59;
      }
      set(date, _flags, value) {
        date.setMinutes(value, 0, 0);
        return date;
      }
      incompatibleTokens = ["t", "T"];
    };
    exports2.MinuteParser = MinuteParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/SecondParser.cjs
var require_SecondParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/SecondParser.cjs"(exports2) {
    "use strict";
    exports2.SecondParser = void 0;
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var SecondParser = class extends _Parser.Parser {
      priority = 50;
      parse(dateString, token, match) {
        switch (token) {
          case "s":
            return (0, _utils.parseNumericPattern)(
              _constants.numericPatterns.second,
              dateString
            );
          case "so":
            return match.ordinalNumber(dateString, { unit: "second" });
          default:
            return (0, _utils.parseNDigits)(token.length, dateString);
        }
      }
      validate(_date, value) {
        return value >= 0 && value <= 59;
      }
      set(date, _flags, value) {
        date.setSeconds(value, 0);
        return date;
      }
      incompatibleTokens = ["t", "T"];
    };
    exports2.SecondParser = SecondParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/FractionOfSecondParser.cjs
var require_FractionOfSecondParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/FractionOfSecondParser.cjs"(exports2) {
    "use strict";
    exports2.FractionOfSecondParser = void 0;
    var _Parser = require_Parser();
    var _utils = require_utils();
    var FractionOfSecondParser = class extends _Parser.Parser {
      priority = 30;
      parse(dateString, token) {
        const valueCallback = (value) => Math.trunc(value * Math.pow(10, -token.length + 3));
        return (0, _utils.mapValue)(
          (0, _utils.parseNDigits)(token.length, dateString),
          valueCallback
        );
      }
      set(date, _flags, value) {
        date.setMilliseconds(value);
        return date;
      }
      incompatibleTokens = ["t", "T"];
    };
    exports2.FractionOfSecondParser = FractionOfSecondParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/ISOTimezoneWithZParser.cjs
var require_ISOTimezoneWithZParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/ISOTimezoneWithZParser.cjs"(exports2) {
    "use strict";
    exports2.ISOTimezoneWithZParser = void 0;
    var _index = require_constructFrom();
    var _index2 = require_getTimezoneOffsetInMilliseconds();
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var ISOTimezoneWithZParser = class extends _Parser.Parser {
      priority = 10;
      parse(dateString, token) {
        switch (token) {
          case "X":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.basicOptionalMinutes,
              dateString
            );
          case "XX":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.basic,
              dateString
            );
          case "XXXX":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.basicOptionalSeconds,
              dateString
            );
          case "XXXXX":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.extendedOptionalSeconds,
              dateString
            );
          case "XXX":
          default:
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.extended,
              dateString
            );
        }
      }
      set(date, flags, value) {
        if (flags.timestampIsSet) return date;
        return (0, _index.constructFrom)(
          date,
          date.getTime() - (0, _index2.getTimezoneOffsetInMilliseconds)(date) - value
        );
      }
      incompatibleTokens = ["t", "T", "x"];
    };
    exports2.ISOTimezoneWithZParser = ISOTimezoneWithZParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/ISOTimezoneParser.cjs
var require_ISOTimezoneParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/ISOTimezoneParser.cjs"(exports2) {
    "use strict";
    exports2.ISOTimezoneParser = void 0;
    var _index = require_constructFrom();
    var _index2 = require_getTimezoneOffsetInMilliseconds();
    var _constants = require_constants2();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var ISOTimezoneParser = class extends _Parser.Parser {
      priority = 10;
      parse(dateString, token) {
        switch (token) {
          case "x":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.basicOptionalMinutes,
              dateString
            );
          case "xx":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.basic,
              dateString
            );
          case "xxxx":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.basicOptionalSeconds,
              dateString
            );
          case "xxxxx":
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.extendedOptionalSeconds,
              dateString
            );
          case "xxx":
          default:
            return (0, _utils.parseTimezonePattern)(
              _constants.timezonePatterns.extended,
              dateString
            );
        }
      }
      set(date, flags, value) {
        if (flags.timestampIsSet) return date;
        return (0, _index.constructFrom)(
          date,
          date.getTime() - (0, _index2.getTimezoneOffsetInMilliseconds)(date) - value
        );
      }
      incompatibleTokens = ["t", "T", "X"];
    };
    exports2.ISOTimezoneParser = ISOTimezoneParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/TimestampSecondsParser.cjs
var require_TimestampSecondsParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/TimestampSecondsParser.cjs"(exports2) {
    "use strict";
    exports2.TimestampSecondsParser = void 0;
    var _index = require_constructFrom();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var TimestampSecondsParser = class extends _Parser.Parser {
      priority = 40;
      parse(dateString) {
        return (0, _utils.parseAnyDigitsSigned)(dateString);
      }
      set(date, _flags, value) {
        return [
          (0, _index.constructFrom)(date, value * 1e3),
          { timestampIsSet: true }
        ];
      }
      incompatibleTokens = "*";
    };
    exports2.TimestampSecondsParser = TimestampSecondsParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers/TimestampMillisecondsParser.cjs
var require_TimestampMillisecondsParser = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers/TimestampMillisecondsParser.cjs"(exports2) {
    "use strict";
    exports2.TimestampMillisecondsParser = void 0;
    var _index = require_constructFrom();
    var _Parser = require_Parser();
    var _utils = require_utils();
    var TimestampMillisecondsParser = class extends _Parser.Parser {
      priority = 20;
      parse(dateString) {
        return (0, _utils.parseAnyDigitsSigned)(dateString);
      }
      set(date, _flags, value) {
        return [(0, _index.constructFrom)(date, value), { timestampIsSet: true }];
      }
      incompatibleTokens = "*";
    };
    exports2.TimestampMillisecondsParser = TimestampMillisecondsParser;
  }
});

// node_modules/date-fns/parse/_lib/parsers.cjs
var require_parsers = __commonJS({
  "node_modules/date-fns/parse/_lib/parsers.cjs"(exports2) {
    "use strict";
    exports2.parsers = void 0;
    var _EraParser = require_EraParser();
    var _YearParser = require_YearParser();
    var _LocalWeekYearParser = require_LocalWeekYearParser();
    var _ISOWeekYearParser = require_ISOWeekYearParser();
    var _ExtendedYearParser = require_ExtendedYearParser();
    var _QuarterParser = require_QuarterParser();
    var _StandAloneQuarterParser = require_StandAloneQuarterParser();
    var _MonthParser = require_MonthParser();
    var _StandAloneMonthParser = require_StandAloneMonthParser();
    var _LocalWeekParser = require_LocalWeekParser();
    var _ISOWeekParser = require_ISOWeekParser();
    var _DateParser = require_DateParser();
    var _DayOfYearParser = require_DayOfYearParser();
    var _DayParser = require_DayParser();
    var _LocalDayParser = require_LocalDayParser();
    var _StandAloneLocalDayParser = require_StandAloneLocalDayParser();
    var _ISODayParser = require_ISODayParser();
    var _AMPMParser = require_AMPMParser();
    var _AMPMMidnightParser = require_AMPMMidnightParser();
    var _DayPeriodParser = require_DayPeriodParser();
    var _Hour1to12Parser = require_Hour1to12Parser();
    var _Hour0to23Parser = require_Hour0to23Parser();
    var _Hour0To11Parser = require_Hour0To11Parser();
    var _Hour1To24Parser = require_Hour1To24Parser();
    var _MinuteParser = require_MinuteParser();
    var _SecondParser = require_SecondParser();
    var _FractionOfSecondParser = require_FractionOfSecondParser();
    var _ISOTimezoneWithZParser = require_ISOTimezoneWithZParser();
    var _ISOTimezoneParser = require_ISOTimezoneParser();
    var _TimestampSecondsParser = require_TimestampSecondsParser();
    var _TimestampMillisecondsParser = require_TimestampMillisecondsParser();
    var parsers = exports2.parsers = {
      G: new _EraParser.EraParser(),
      y: new _YearParser.YearParser(),
      Y: new _LocalWeekYearParser.LocalWeekYearParser(),
      R: new _ISOWeekYearParser.ISOWeekYearParser(),
      u: new _ExtendedYearParser.ExtendedYearParser(),
      Q: new _QuarterParser.QuarterParser(),
      q: new _StandAloneQuarterParser.StandAloneQuarterParser(),
      M: new _MonthParser.MonthParser(),
      L: new _StandAloneMonthParser.StandAloneMonthParser(),
      w: new _LocalWeekParser.LocalWeekParser(),
      I: new _ISOWeekParser.ISOWeekParser(),
      d: new _DateParser.DateParser(),
      D: new _DayOfYearParser.DayOfYearParser(),
      E: new _DayParser.DayParser(),
      e: new _LocalDayParser.LocalDayParser(),
      c: new _StandAloneLocalDayParser.StandAloneLocalDayParser(),
      i: new _ISODayParser.ISODayParser(),
      a: new _AMPMParser.AMPMParser(),
      b: new _AMPMMidnightParser.AMPMMidnightParser(),
      B: new _DayPeriodParser.DayPeriodParser(),
      h: new _Hour1to12Parser.Hour1to12Parser(),
      H: new _Hour0to23Parser.Hour0to23Parser(),
      K: new _Hour0To11Parser.Hour0To11Parser(),
      k: new _Hour1To24Parser.Hour1To24Parser(),
      m: new _MinuteParser.MinuteParser(),
      s: new _SecondParser.SecondParser(),
      S: new _FractionOfSecondParser.FractionOfSecondParser(),
      X: new _ISOTimezoneWithZParser.ISOTimezoneWithZParser(),
      x: new _ISOTimezoneParser.ISOTimezoneParser(),
      t: new _TimestampSecondsParser.TimestampSecondsParser(),
      T: new _TimestampMillisecondsParser.TimestampMillisecondsParser()
    };
  }
});

// node_modules/date-fns/parse.cjs
var require_parse = __commonJS({
  "node_modules/date-fns/parse.cjs"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "longFormatters", {
      enumerable: true,
      get: function() {
        return _index2.longFormatters;
      }
    });
    exports2.parse = parse;
    Object.defineProperty(exports2, "parsers", {
      enumerable: true,
      get: function() {
        return _index7.parsers;
      }
    });
    var _index = require_defaultLocale();
    var _index2 = require_longFormatters();
    var _index3 = require_protectedTokens();
    var _index4 = require_constructFrom();
    var _index5 = require_getDefaultOptions();
    var _index6 = require_toDate();
    var _Setter = require_Setter();
    var _index7 = require_parsers();
    var formattingTokensRegExp = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;
    var longFormattingTokensRegExp = /P+p+|P+|p+|''|'(''|[^'])+('|$)|./g;
    var escapedStringRegExp = /^'([^]*?)'?$/;
    var doubleQuoteRegExp = /''/g;
    var notWhitespaceRegExp = /\S/;
    var unescapedLatinCharacterRegExp = /[a-zA-Z]/;
    function parse(dateStr, formatStr, referenceDate, options) {
      const invalidDate = () => (0, _index4.constructFrom)(options?.in || referenceDate, NaN);
      const defaultOptions = (0, _index5.getDefaultOptions)();
      const locale = options?.locale ?? defaultOptions.locale ?? _index.defaultLocale;
      const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions.firstWeekContainsDate ?? defaultOptions.locale?.options?.firstWeekContainsDate ?? 1;
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      if (!formatStr)
        return dateStr ? invalidDate() : (0, _index6.toDate)(referenceDate, options?.in);
      const subFnOptions = {
        firstWeekContainsDate,
        weekStartsOn,
        locale
      };
      const setters = [new _Setter.DateTimezoneSetter(options?.in, referenceDate)];
      const tokens = formatStr.match(longFormattingTokensRegExp).map((substring) => {
        const firstCharacter = substring[0];
        if (firstCharacter in _index2.longFormatters) {
          const longFormatter = _index2.longFormatters[firstCharacter];
          return longFormatter(substring, locale.formatLong);
        }
        return substring;
      }).join("").match(formattingTokensRegExp);
      const usedTokens = [];
      for (let token of tokens) {
        if (!options?.useAdditionalWeekYearTokens && (0, _index3.isProtectedWeekYearToken)(token)) {
          (0, _index3.warnOrThrowProtectedError)(token, formatStr, dateStr);
        }
        if (!options?.useAdditionalDayOfYearTokens && (0, _index3.isProtectedDayOfYearToken)(token)) {
          (0, _index3.warnOrThrowProtectedError)(token, formatStr, dateStr);
        }
        const firstCharacter = token[0];
        const parser = _index7.parsers[firstCharacter];
        if (parser) {
          const { incompatibleTokens } = parser;
          if (Array.isArray(incompatibleTokens)) {
            const incompatibleToken = usedTokens.find(
              (usedToken) => incompatibleTokens.includes(usedToken.token) || usedToken.token === firstCharacter
            );
            if (incompatibleToken) {
              throw new RangeError(
                `The format string mustn't contain \`${incompatibleToken.fullToken}\` and \`${token}\` at the same time`
              );
            }
          } else if (parser.incompatibleTokens === "*" && usedTokens.length > 0) {
            throw new RangeError(
              `The format string mustn't contain \`${token}\` and any other token at the same time`
            );
          }
          usedTokens.push({ token: firstCharacter, fullToken: token });
          const parseResult = parser.run(
            dateStr,
            token,
            locale.match,
            subFnOptions
          );
          if (!parseResult) {
            return invalidDate();
          }
          setters.push(parseResult.setter);
          dateStr = parseResult.rest;
        } else {
          if (firstCharacter.match(unescapedLatinCharacterRegExp)) {
            throw new RangeError(
              "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
            );
          }
          if (token === "''") {
            token = "'";
          } else if (firstCharacter === "'") {
            token = cleanEscapedString(token);
          }
          if (dateStr.indexOf(token) === 0) {
            dateStr = dateStr.slice(token.length);
          } else {
            return invalidDate();
          }
        }
      }
      if (dateStr.length > 0 && notWhitespaceRegExp.test(dateStr)) {
        return invalidDate();
      }
      const uniquePrioritySetters = setters.map((setter) => setter.priority).sort((a, b) => b - a).filter((priority, index, array) => array.indexOf(priority) === index).map(
        (priority) => setters.filter((setter) => setter.priority === priority).sort((a, b) => b.subPriority - a.subPriority)
      ).map((setterArray) => setterArray[0]);
      let date = (0, _index6.toDate)(referenceDate, options?.in);
      if (isNaN(+date)) return invalidDate();
      const flags = {};
      for (const setter of uniquePrioritySetters) {
        if (!setter.validate(date, subFnOptions)) {
          return invalidDate();
        }
        const result = setter.set(date, flags, subFnOptions);
        if (Array.isArray(result)) {
          date = result[0];
          Object.assign(flags, result[1]);
        } else {
          date = result;
        }
      }
      return date;
    }
    function cleanEscapedString(input) {
      return input.match(escapedStringRegExp)[1].replace(doubleQuoteRegExp, "'");
    }
  }
});

// node_modules/date-fns/isMatch.cjs
var require_isMatch = __commonJS({
  "node_modules/date-fns/isMatch.cjs"(exports2) {
    "use strict";
    exports2.isMatch = isMatch;
    var _index = require_isValid();
    var _index2 = require_parse();
    function isMatch(dateStr, formatStr, options) {
      return (0, _index.isValid)(
        (0, _index2.parse)(dateStr, formatStr, /* @__PURE__ */ new Date(), options)
      );
    }
  }
});

// node_modules/date-fns/isMonday.cjs
var require_isMonday = __commonJS({
  "node_modules/date-fns/isMonday.cjs"(exports2) {
    "use strict";
    exports2.isMonday = isMonday;
    var _index = require_toDate();
    function isMonday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 1;
    }
  }
});

// node_modules/date-fns/isPast.cjs
var require_isPast = __commonJS({
  "node_modules/date-fns/isPast.cjs"(exports2) {
    "use strict";
    exports2.isPast = isPast;
    var _index = require_toDate();
    function isPast(date) {
      return +(0, _index.toDate)(date) < Date.now();
    }
  }
});

// node_modules/date-fns/startOfHour.cjs
var require_startOfHour = __commonJS({
  "node_modules/date-fns/startOfHour.cjs"(exports2) {
    "use strict";
    exports2.startOfHour = startOfHour;
    var _index = require_toDate();
    function startOfHour(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setMinutes(0, 0, 0);
      return _date;
    }
  }
});

// node_modules/date-fns/isSameHour.cjs
var require_isSameHour = __commonJS({
  "node_modules/date-fns/isSameHour.cjs"(exports2) {
    "use strict";
    exports2.isSameHour = isSameHour;
    var _index = require_normalizeDates();
    var _index2 = require_startOfHour();
    function isSameHour(dateLeft, dateRight, options) {
      const [dateLeft_, dateRight_] = (0, _index.normalizeDates)(
        options?.in,
        dateLeft,
        dateRight
      );
      return +(0, _index2.startOfHour)(dateLeft_) === +(0, _index2.startOfHour)(dateRight_);
    }
  }
});

// node_modules/date-fns/isSameWeek.cjs
var require_isSameWeek = __commonJS({
  "node_modules/date-fns/isSameWeek.cjs"(exports2) {
    "use strict";
    exports2.isSameWeek = isSameWeek;
    var _index = require_normalizeDates();
    var _index2 = require_startOfWeek();
    function isSameWeek(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return +(0, _index2.startOfWeek)(laterDate_, options) === +(0, _index2.startOfWeek)(earlierDate_, options);
    }
  }
});

// node_modules/date-fns/isSameISOWeek.cjs
var require_isSameISOWeek = __commonJS({
  "node_modules/date-fns/isSameISOWeek.cjs"(exports2) {
    "use strict";
    exports2.isSameISOWeek = isSameISOWeek;
    var _index = require_isSameWeek();
    function isSameISOWeek(laterDate, earlierDate, options) {
      return (0, _index.isSameWeek)(laterDate, earlierDate, {
        ...options,
        weekStartsOn: 1
      });
    }
  }
});

// node_modules/date-fns/isSameISOWeekYear.cjs
var require_isSameISOWeekYear = __commonJS({
  "node_modules/date-fns/isSameISOWeekYear.cjs"(exports2) {
    "use strict";
    exports2.isSameISOWeekYear = isSameISOWeekYear;
    var _index = require_startOfISOWeekYear();
    var _index2 = require_normalizeDates();
    function isSameISOWeekYear(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index2.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return +(0, _index.startOfISOWeekYear)(laterDate_) === +(0, _index.startOfISOWeekYear)(earlierDate_);
    }
  }
});

// node_modules/date-fns/startOfMinute.cjs
var require_startOfMinute = __commonJS({
  "node_modules/date-fns/startOfMinute.cjs"(exports2) {
    "use strict";
    exports2.startOfMinute = startOfMinute;
    var _index = require_toDate();
    function startOfMinute(date, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      date_.setSeconds(0, 0);
      return date_;
    }
  }
});

// node_modules/date-fns/isSameMinute.cjs
var require_isSameMinute = __commonJS({
  "node_modules/date-fns/isSameMinute.cjs"(exports2) {
    "use strict";
    exports2.isSameMinute = isSameMinute;
    var _index = require_startOfMinute();
    function isSameMinute(laterDate, earlierDate) {
      return +(0, _index.startOfMinute)(laterDate) === +(0, _index.startOfMinute)(earlierDate);
    }
  }
});

// node_modules/date-fns/isSameMonth.cjs
var require_isSameMonth = __commonJS({
  "node_modules/date-fns/isSameMonth.cjs"(exports2) {
    "use strict";
    exports2.isSameMonth = isSameMonth;
    var _index = require_normalizeDates();
    function isSameMonth(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return laterDate_.getFullYear() === earlierDate_.getFullYear() && laterDate_.getMonth() === earlierDate_.getMonth();
    }
  }
});

// node_modules/date-fns/isSameQuarter.cjs
var require_isSameQuarter = __commonJS({
  "node_modules/date-fns/isSameQuarter.cjs"(exports2) {
    "use strict";
    exports2.isSameQuarter = isSameQuarter;
    var _index = require_normalizeDates();
    var _index2 = require_startOfQuarter();
    function isSameQuarter(laterDate, earlierDate, options) {
      const [dateLeft_, dateRight_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return +(0, _index2.startOfQuarter)(dateLeft_) === +(0, _index2.startOfQuarter)(dateRight_);
    }
  }
});

// node_modules/date-fns/startOfSecond.cjs
var require_startOfSecond = __commonJS({
  "node_modules/date-fns/startOfSecond.cjs"(exports2) {
    "use strict";
    exports2.startOfSecond = startOfSecond;
    var _index = require_toDate();
    function startOfSecond(date, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      date_.setMilliseconds(0);
      return date_;
    }
  }
});

// node_modules/date-fns/isSameSecond.cjs
var require_isSameSecond = __commonJS({
  "node_modules/date-fns/isSameSecond.cjs"(exports2) {
    "use strict";
    exports2.isSameSecond = isSameSecond;
    var _index = require_startOfSecond();
    function isSameSecond(laterDate, earlierDate) {
      return +(0, _index.startOfSecond)(laterDate) === +(0, _index.startOfSecond)(earlierDate);
    }
  }
});

// node_modules/date-fns/isSameYear.cjs
var require_isSameYear = __commonJS({
  "node_modules/date-fns/isSameYear.cjs"(exports2) {
    "use strict";
    exports2.isSameYear = isSameYear;
    var _index = require_normalizeDates();
    function isSameYear(laterDate, earlierDate, options) {
      const [laterDate_, earlierDate_] = (0, _index.normalizeDates)(
        options?.in,
        laterDate,
        earlierDate
      );
      return laterDate_.getFullYear() === earlierDate_.getFullYear();
    }
  }
});

// node_modules/date-fns/isThisHour.cjs
var require_isThisHour = __commonJS({
  "node_modules/date-fns/isThisHour.cjs"(exports2) {
    "use strict";
    exports2.isThisHour = isThisHour;
    var _index = require_constructNow();
    var _index2 = require_isSameHour();
    var _index3 = require_toDate();
    function isThisHour(date, options) {
      return (0, _index2.isSameHour)(
        (0, _index3.toDate)(date, options?.in),
        (0, _index.constructNow)(options?.in || date)
      );
    }
  }
});

// node_modules/date-fns/isThisISOWeek.cjs
var require_isThisISOWeek = __commonJS({
  "node_modules/date-fns/isThisISOWeek.cjs"(exports2) {
    "use strict";
    exports2.isThisISOWeek = isThisISOWeek;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameISOWeek();
    function isThisISOWeek(date, options) {
      return (0, _index3.isSameISOWeek)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index2.constructNow)(options?.in || date)
      );
    }
  }
});

// node_modules/date-fns/isThisMinute.cjs
var require_isThisMinute = __commonJS({
  "node_modules/date-fns/isThisMinute.cjs"(exports2) {
    "use strict";
    exports2.isThisMinute = isThisMinute;
    var _index = require_constructNow();
    var _index2 = require_isSameMinute();
    function isThisMinute(date) {
      return (0, _index2.isSameMinute)(date, (0, _index.constructNow)(date));
    }
  }
});

// node_modules/date-fns/isThisMonth.cjs
var require_isThisMonth = __commonJS({
  "node_modules/date-fns/isThisMonth.cjs"(exports2) {
    "use strict";
    exports2.isThisMonth = isThisMonth;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameMonth();
    function isThisMonth(date, options) {
      return (0, _index3.isSameMonth)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index2.constructNow)(options?.in || date)
      );
    }
  }
});

// node_modules/date-fns/isThisQuarter.cjs
var require_isThisQuarter = __commonJS({
  "node_modules/date-fns/isThisQuarter.cjs"(exports2) {
    "use strict";
    exports2.isThisQuarter = isThisQuarter;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameQuarter();
    function isThisQuarter(date, options) {
      return (0, _index3.isSameQuarter)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index2.constructNow)(options?.in || date)
      );
    }
  }
});

// node_modules/date-fns/isThisSecond.cjs
var require_isThisSecond = __commonJS({
  "node_modules/date-fns/isThisSecond.cjs"(exports2) {
    "use strict";
    exports2.isThisSecond = isThisSecond;
    var _index = require_constructNow();
    var _index2 = require_isSameSecond();
    function isThisSecond(date) {
      return (0, _index2.isSameSecond)(date, (0, _index.constructNow)(date));
    }
  }
});

// node_modules/date-fns/isThisWeek.cjs
var require_isThisWeek = __commonJS({
  "node_modules/date-fns/isThisWeek.cjs"(exports2) {
    "use strict";
    exports2.isThisWeek = isThisWeek;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameWeek();
    function isThisWeek(date, options) {
      return (0, _index3.isSameWeek)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index2.constructNow)(options?.in || date),
        options
      );
    }
  }
});

// node_modules/date-fns/isThisYear.cjs
var require_isThisYear = __commonJS({
  "node_modules/date-fns/isThisYear.cjs"(exports2) {
    "use strict";
    exports2.isThisYear = isThisYear;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameYear();
    function isThisYear(date, options) {
      return (0, _index3.isSameYear)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index2.constructNow)(options?.in || date)
      );
    }
  }
});

// node_modules/date-fns/isThursday.cjs
var require_isThursday = __commonJS({
  "node_modules/date-fns/isThursday.cjs"(exports2) {
    "use strict";
    exports2.isThursday = isThursday;
    var _index = require_toDate();
    function isThursday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 4;
    }
  }
});

// node_modules/date-fns/isToday.cjs
var require_isToday = __commonJS({
  "node_modules/date-fns/isToday.cjs"(exports2) {
    "use strict";
    exports2.isToday = isToday;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameDay();
    function isToday(date, options) {
      return (0, _index3.isSameDay)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index2.constructNow)(options?.in || date)
      );
    }
  }
});

// node_modules/date-fns/isTomorrow.cjs
var require_isTomorrow = __commonJS({
  "node_modules/date-fns/isTomorrow.cjs"(exports2) {
    "use strict";
    exports2.isTomorrow = isTomorrow;
    var _index = require_addDays();
    var _index2 = require_constructNow();
    var _index3 = require_isSameDay();
    function isTomorrow(date, options) {
      return (0, _index3.isSameDay)(
        date,
        (0, _index.addDays)((0, _index2.constructNow)(options?.in || date), 1),
        options
      );
    }
  }
});

// node_modules/date-fns/isTuesday.cjs
var require_isTuesday = __commonJS({
  "node_modules/date-fns/isTuesday.cjs"(exports2) {
    "use strict";
    exports2.isTuesday = isTuesday;
    var _index = require_toDate();
    function isTuesday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 2;
    }
  }
});

// node_modules/date-fns/isWednesday.cjs
var require_isWednesday = __commonJS({
  "node_modules/date-fns/isWednesday.cjs"(exports2) {
    "use strict";
    exports2.isWednesday = isWednesday;
    var _index = require_toDate();
    function isWednesday(date, options) {
      return (0, _index.toDate)(date, options?.in).getDay() === 3;
    }
  }
});

// node_modules/date-fns/isWithinInterval.cjs
var require_isWithinInterval = __commonJS({
  "node_modules/date-fns/isWithinInterval.cjs"(exports2) {
    "use strict";
    exports2.isWithinInterval = isWithinInterval;
    var _index = require_toDate();
    function isWithinInterval(date, interval, options) {
      const time = +(0, _index.toDate)(date, options?.in);
      const [startTime, endTime] = [
        +(0, _index.toDate)(interval.start, options?.in),
        +(0, _index.toDate)(interval.end, options?.in)
      ].sort((a, b) => a - b);
      return time >= startTime && time <= endTime;
    }
  }
});

// node_modules/date-fns/subDays.cjs
var require_subDays = __commonJS({
  "node_modules/date-fns/subDays.cjs"(exports2) {
    "use strict";
    exports2.subDays = subDays;
    var _index = require_addDays();
    function subDays(date, amount, options) {
      return (0, _index.addDays)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/isYesterday.cjs
var require_isYesterday = __commonJS({
  "node_modules/date-fns/isYesterday.cjs"(exports2) {
    "use strict";
    exports2.isYesterday = isYesterday;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    var _index3 = require_isSameDay();
    var _index4 = require_subDays();
    function isYesterday(date, options) {
      return (0, _index3.isSameDay)(
        (0, _index.constructFrom)(options?.in || date, date),
        (0, _index4.subDays)((0, _index2.constructNow)(options?.in || date), 1)
      );
    }
  }
});

// node_modules/date-fns/lastDayOfDecade.cjs
var require_lastDayOfDecade = __commonJS({
  "node_modules/date-fns/lastDayOfDecade.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfDecade = lastDayOfDecade;
    var _index = require_toDate();
    function lastDayOfDecade(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const decade = 9 + Math.floor(year / 10) * 10;
      _date.setFullYear(decade + 1, 0, 0);
      _date.setHours(0, 0, 0, 0);
      return (0, _index.toDate)(_date, options?.in);
    }
  }
});

// node_modules/date-fns/lastDayOfWeek.cjs
var require_lastDayOfWeek = __commonJS({
  "node_modules/date-fns/lastDayOfWeek.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfWeek = lastDayOfWeek;
    var _index = require_defaultOptions();
    var _index2 = require_toDate();
    function lastDayOfWeek(date, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const weekStartsOn = options?.weekStartsOn ?? options?.locale?.options?.weekStartsOn ?? defaultOptions.weekStartsOn ?? defaultOptions.locale?.options?.weekStartsOn ?? 0;
      const _date = (0, _index2.toDate)(date, options?.in);
      const day = _date.getDay();
      const diff = (day < weekStartsOn ? -7 : 0) + 6 - (day - weekStartsOn);
      _date.setHours(0, 0, 0, 0);
      _date.setDate(_date.getDate() + diff);
      return _date;
    }
  }
});

// node_modules/date-fns/lastDayOfISOWeek.cjs
var require_lastDayOfISOWeek = __commonJS({
  "node_modules/date-fns/lastDayOfISOWeek.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfISOWeek = lastDayOfISOWeek;
    var _index = require_lastDayOfWeek();
    function lastDayOfISOWeek(date, options) {
      return (0, _index.lastDayOfWeek)(date, { ...options, weekStartsOn: 1 });
    }
  }
});

// node_modules/date-fns/lastDayOfISOWeekYear.cjs
var require_lastDayOfISOWeekYear = __commonJS({
  "node_modules/date-fns/lastDayOfISOWeekYear.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfISOWeekYear = lastDayOfISOWeekYear;
    var _index = require_constructFrom();
    var _index2 = require_getISOWeekYear();
    var _index3 = require_startOfISOWeek();
    function lastDayOfISOWeekYear(date, options) {
      const year = (0, _index2.getISOWeekYear)(date, options);
      const fourthOfJanuary = (0, _index.constructFrom)(options?.in || date, 0);
      fourthOfJanuary.setFullYear(year + 1, 0, 4);
      fourthOfJanuary.setHours(0, 0, 0, 0);
      const date_ = (0, _index3.startOfISOWeek)(fourthOfJanuary, options);
      date_.setDate(date_.getDate() - 1);
      return date_;
    }
  }
});

// node_modules/date-fns/lastDayOfQuarter.cjs
var require_lastDayOfQuarter = __commonJS({
  "node_modules/date-fns/lastDayOfQuarter.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfQuarter = lastDayOfQuarter;
    var _index = require_toDate();
    function lastDayOfQuarter(date, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      const currentMonth = date_.getMonth();
      const month = currentMonth - currentMonth % 3 + 3;
      date_.setMonth(month, 0);
      date_.setHours(0, 0, 0, 0);
      return date_;
    }
  }
});

// node_modules/date-fns/lastDayOfYear.cjs
var require_lastDayOfYear = __commonJS({
  "node_modules/date-fns/lastDayOfYear.cjs"(exports2) {
    "use strict";
    exports2.lastDayOfYear = lastDayOfYear;
    var _index = require_toDate();
    function lastDayOfYear(date, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      const year = date_.getFullYear();
      date_.setFullYear(year + 1, 0, 0);
      date_.setHours(0, 0, 0, 0);
      return date_;
    }
  }
});

// node_modules/date-fns/lightFormat.cjs
var require_lightFormat = __commonJS({
  "node_modules/date-fns/lightFormat.cjs"(exports2) {
    "use strict";
    exports2.lightFormat = lightFormat;
    Object.defineProperty(exports2, "lightFormatters", {
      enumerable: true,
      get: function() {
        return _index.lightFormatters;
      }
    });
    var _index = require_lightFormatters();
    var _index2 = require_isValid();
    var _index3 = require_toDate();
    var formattingTokensRegExp = /(\w)\1*|''|'(''|[^'])+('|$)|./g;
    var escapedStringRegExp = /^'([^]*?)'?$/;
    var doubleQuoteRegExp = /''/g;
    var unescapedLatinCharacterRegExp = /[a-zA-Z]/;
    function lightFormat(date, formatStr) {
      const date_ = (0, _index3.toDate)(date);
      if (!(0, _index2.isValid)(date_)) {
        throw new RangeError("Invalid time value");
      }
      const tokens = formatStr.match(formattingTokensRegExp);
      if (!tokens) return "";
      const result = tokens.map((substring) => {
        if (substring === "''") {
          return "'";
        }
        const firstCharacter = substring[0];
        if (firstCharacter === "'") {
          return cleanEscapedString(substring);
        }
        const formatter = _index.lightFormatters[firstCharacter];
        if (formatter) {
          return formatter(date_, substring);
        }
        if (firstCharacter.match(unescapedLatinCharacterRegExp)) {
          throw new RangeError(
            "Format string contains an unescaped latin alphabet character `" + firstCharacter + "`"
          );
        }
        return substring;
      }).join("");
      return result;
    }
    function cleanEscapedString(input) {
      const matches = input.match(escapedStringRegExp);
      if (!matches) return input;
      return matches[1].replace(doubleQuoteRegExp, "'");
    }
  }
});

// node_modules/date-fns/milliseconds.cjs
var require_milliseconds = __commonJS({
  "node_modules/date-fns/milliseconds.cjs"(exports2) {
    "use strict";
    exports2.milliseconds = milliseconds;
    var _index = require_constants();
    function milliseconds({ years, months, weeks, days, hours, minutes, seconds }) {
      let totalDays = 0;
      if (years) totalDays += years * _index.daysInYear;
      if (months) totalDays += months * (_index.daysInYear / 12);
      if (weeks) totalDays += weeks * 7;
      if (days) totalDays += days;
      let totalSeconds = totalDays * 24 * 60 * 60;
      if (hours) totalSeconds += hours * 60 * 60;
      if (minutes) totalSeconds += minutes * 60;
      if (seconds) totalSeconds += seconds;
      return Math.trunc(totalSeconds * 1e3);
    }
  }
});

// node_modules/date-fns/millisecondsToHours.cjs
var require_millisecondsToHours = __commonJS({
  "node_modules/date-fns/millisecondsToHours.cjs"(exports2) {
    "use strict";
    exports2.millisecondsToHours = millisecondsToHours;
    var _index = require_constants();
    function millisecondsToHours(milliseconds) {
      const hours = milliseconds / _index.millisecondsInHour;
      return Math.trunc(hours);
    }
  }
});

// node_modules/date-fns/millisecondsToMinutes.cjs
var require_millisecondsToMinutes = __commonJS({
  "node_modules/date-fns/millisecondsToMinutes.cjs"(exports2) {
    "use strict";
    exports2.millisecondsToMinutes = millisecondsToMinutes;
    var _index = require_constants();
    function millisecondsToMinutes(milliseconds) {
      const minutes = milliseconds / _index.millisecondsInMinute;
      return Math.trunc(minutes);
    }
  }
});

// node_modules/date-fns/millisecondsToSeconds.cjs
var require_millisecondsToSeconds = __commonJS({
  "node_modules/date-fns/millisecondsToSeconds.cjs"(exports2) {
    "use strict";
    exports2.millisecondsToSeconds = millisecondsToSeconds;
    var _index = require_constants();
    function millisecondsToSeconds(milliseconds) {
      const seconds = milliseconds / _index.millisecondsInSecond;
      return Math.trunc(seconds);
    }
  }
});

// node_modules/date-fns/minutesToHours.cjs
var require_minutesToHours = __commonJS({
  "node_modules/date-fns/minutesToHours.cjs"(exports2) {
    "use strict";
    exports2.minutesToHours = minutesToHours;
    var _index = require_constants();
    function minutesToHours(minutes) {
      const hours = minutes / _index.minutesInHour;
      return Math.trunc(hours);
    }
  }
});

// node_modules/date-fns/minutesToMilliseconds.cjs
var require_minutesToMilliseconds = __commonJS({
  "node_modules/date-fns/minutesToMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.minutesToMilliseconds = minutesToMilliseconds;
    var _index = require_constants();
    function minutesToMilliseconds(minutes) {
      return Math.trunc(minutes * _index.millisecondsInMinute);
    }
  }
});

// node_modules/date-fns/minutesToSeconds.cjs
var require_minutesToSeconds = __commonJS({
  "node_modules/date-fns/minutesToSeconds.cjs"(exports2) {
    "use strict";
    exports2.minutesToSeconds = minutesToSeconds;
    var _index = require_constants();
    function minutesToSeconds(minutes) {
      return Math.trunc(minutes * _index.secondsInMinute);
    }
  }
});

// node_modules/date-fns/monthsToQuarters.cjs
var require_monthsToQuarters = __commonJS({
  "node_modules/date-fns/monthsToQuarters.cjs"(exports2) {
    "use strict";
    exports2.monthsToQuarters = monthsToQuarters;
    var _index = require_constants();
    function monthsToQuarters(months) {
      const quarters = months / _index.monthsInQuarter;
      return Math.trunc(quarters);
    }
  }
});

// node_modules/date-fns/monthsToYears.cjs
var require_monthsToYears = __commonJS({
  "node_modules/date-fns/monthsToYears.cjs"(exports2) {
    "use strict";
    exports2.monthsToYears = monthsToYears;
    var _index = require_constants();
    function monthsToYears(months) {
      const years = months / _index.monthsInYear;
      return Math.trunc(years);
    }
  }
});

// node_modules/date-fns/nextDay.cjs
var require_nextDay = __commonJS({
  "node_modules/date-fns/nextDay.cjs"(exports2) {
    "use strict";
    exports2.nextDay = nextDay;
    var _index = require_addDays();
    var _index2 = require_getDay();
    function nextDay(date, day, options) {
      let delta = day - (0, _index2.getDay)(date, options);
      if (delta <= 0) delta += 7;
      return (0, _index.addDays)(date, delta, options);
    }
  }
});

// node_modules/date-fns/nextFriday.cjs
var require_nextFriday = __commonJS({
  "node_modules/date-fns/nextFriday.cjs"(exports2) {
    "use strict";
    exports2.nextFriday = nextFriday;
    var _index = require_nextDay();
    function nextFriday(date, options) {
      return (0, _index.nextDay)(date, 5, options);
    }
  }
});

// node_modules/date-fns/nextMonday.cjs
var require_nextMonday = __commonJS({
  "node_modules/date-fns/nextMonday.cjs"(exports2) {
    "use strict";
    exports2.nextMonday = nextMonday;
    var _index = require_nextDay();
    function nextMonday(date, options) {
      return (0, _index.nextDay)(date, 1, options);
    }
  }
});

// node_modules/date-fns/nextSaturday.cjs
var require_nextSaturday = __commonJS({
  "node_modules/date-fns/nextSaturday.cjs"(exports2) {
    "use strict";
    exports2.nextSaturday = nextSaturday;
    var _index = require_nextDay();
    function nextSaturday(date, options) {
      return (0, _index.nextDay)(date, 6, options);
    }
  }
});

// node_modules/date-fns/nextSunday.cjs
var require_nextSunday = __commonJS({
  "node_modules/date-fns/nextSunday.cjs"(exports2) {
    "use strict";
    exports2.nextSunday = nextSunday;
    var _index = require_nextDay();
    function nextSunday(date, options) {
      return (0, _index.nextDay)(date, 0, options);
    }
  }
});

// node_modules/date-fns/nextThursday.cjs
var require_nextThursday = __commonJS({
  "node_modules/date-fns/nextThursday.cjs"(exports2) {
    "use strict";
    exports2.nextThursday = nextThursday;
    var _index = require_nextDay();
    function nextThursday(date, options) {
      return (0, _index.nextDay)(date, 4, options);
    }
  }
});

// node_modules/date-fns/nextTuesday.cjs
var require_nextTuesday = __commonJS({
  "node_modules/date-fns/nextTuesday.cjs"(exports2) {
    "use strict";
    exports2.nextTuesday = nextTuesday;
    var _index = require_nextDay();
    function nextTuesday(date, options) {
      return (0, _index.nextDay)(date, 2, options);
    }
  }
});

// node_modules/date-fns/nextWednesday.cjs
var require_nextWednesday = __commonJS({
  "node_modules/date-fns/nextWednesday.cjs"(exports2) {
    "use strict";
    exports2.nextWednesday = nextWednesday;
    var _index = require_nextDay();
    function nextWednesday(date, options) {
      return (0, _index.nextDay)(date, 3, options);
    }
  }
});

// node_modules/date-fns/parseISO.cjs
var require_parseISO = __commonJS({
  "node_modules/date-fns/parseISO.cjs"(exports2) {
    "use strict";
    exports2.parseISO = parseISO;
    var _index = require_constants();
    var _index2 = require_constructFrom();
    var _index3 = require_toDate();
    function parseISO(argument, options) {
      const invalidDate = () => (0, _index2.constructFrom)(options?.in, NaN);
      const additionalDigits = options?.additionalDigits ?? 2;
      const dateStrings = splitDateString(argument);
      let date;
      if (dateStrings.date) {
        const parseYearResult = parseYear(dateStrings.date, additionalDigits);
        date = parseDate(parseYearResult.restDateString, parseYearResult.year);
      }
      if (!date || isNaN(+date)) return invalidDate();
      const timestamp = +date;
      let time = 0;
      let offset;
      if (dateStrings.time) {
        time = parseTime(dateStrings.time);
        if (isNaN(time)) return invalidDate();
      }
      if (dateStrings.timezone) {
        offset = parseTimezone(dateStrings.timezone);
        if (isNaN(offset)) return invalidDate();
      } else {
        const tmpDate = new Date(timestamp + time);
        const result = (0, _index3.toDate)(0, options?.in);
        result.setFullYear(
          tmpDate.getUTCFullYear(),
          tmpDate.getUTCMonth(),
          tmpDate.getUTCDate()
        );
        result.setHours(
          tmpDate.getUTCHours(),
          tmpDate.getUTCMinutes(),
          tmpDate.getUTCSeconds(),
          tmpDate.getUTCMilliseconds()
        );
        return result;
      }
      return (0, _index3.toDate)(timestamp + time + offset, options?.in);
    }
    var patterns = {
      dateTimeDelimiter: /[T ]/,
      timeZoneDelimiter: /[Z ]/i,
      timezone: /([Z+-].*)$/
    };
    var dateRegex = /^-?(?:(\d{3})|(\d{2})(?:-?(\d{2}))?|W(\d{2})(?:-?(\d{1}))?|)$/;
    var timeRegex = /^(\d{2}(?:[.,]\d*)?)(?::?(\d{2}(?:[.,]\d*)?))?(?::?(\d{2}(?:[.,]\d*)?))?$/;
    var timezoneRegex = /^([+-])(\d{2})(?::?(\d{2}))?$/;
    function splitDateString(dateString) {
      const dateStrings = {};
      const array = dateString.split(patterns.dateTimeDelimiter);
      let timeString;
      if (array.length > 2) {
        return dateStrings;
      }
      if (/:/.test(array[0])) {
        timeString = array[0];
      } else {
        dateStrings.date = array[0];
        timeString = array[1];
        if (patterns.timeZoneDelimiter.test(dateStrings.date)) {
          dateStrings.date = dateString.split(patterns.timeZoneDelimiter)[0];
          timeString = dateString.substr(
            dateStrings.date.length,
            dateString.length
          );
        }
      }
      if (timeString) {
        const token = patterns.timezone.exec(timeString);
        if (token) {
          dateStrings.time = timeString.replace(token[1], "");
          dateStrings.timezone = token[1];
        } else {
          dateStrings.time = timeString;
        }
      }
      return dateStrings;
    }
    function parseYear(dateString, additionalDigits) {
      const regex = new RegExp(
        "^(?:(\\d{4}|[+-]\\d{" + (4 + additionalDigits) + "})|(\\d{2}|[+-]\\d{" + (2 + additionalDigits) + "})$)"
      );
      const captures = dateString.match(regex);
      if (!captures) return { year: NaN, restDateString: "" };
      const year = captures[1] ? parseInt(captures[1]) : null;
      const century = captures[2] ? parseInt(captures[2]) : null;
      return {
        year: century === null ? year : century * 100,
        restDateString: dateString.slice((captures[1] || captures[2]).length)
      };
    }
    function parseDate(dateString, year) {
      if (year === null) return /* @__PURE__ */ new Date(NaN);
      const captures = dateString.match(dateRegex);
      if (!captures) return /* @__PURE__ */ new Date(NaN);
      const isWeekDate = !!captures[4];
      const dayOfYear = parseDateUnit(captures[1]);
      const month = parseDateUnit(captures[2]) - 1;
      const day = parseDateUnit(captures[3]);
      const week = parseDateUnit(captures[4]);
      const dayOfWeek = parseDateUnit(captures[5]) - 1;
      if (isWeekDate) {
        if (!validateWeekDate(year, week, dayOfWeek)) {
          return /* @__PURE__ */ new Date(NaN);
        }
        return dayOfISOWeekYear(year, week, dayOfWeek);
      } else {
        const date = /* @__PURE__ */ new Date(0);
        if (!validateDate(year, month, day) || !validateDayOfYearDate(year, dayOfYear)) {
          return /* @__PURE__ */ new Date(NaN);
        }
        date.setUTCFullYear(year, month, Math.max(dayOfYear, day));
        return date;
      }
    }
    function parseDateUnit(value) {
      return value ? parseInt(value) : 1;
    }
    function parseTime(timeString) {
      const captures = timeString.match(timeRegex);
      if (!captures) return NaN;
      const hours = parseTimeUnit(captures[1]);
      const minutes = parseTimeUnit(captures[2]);
      const seconds = parseTimeUnit(captures[3]);
      if (!validateTime(hours, minutes, seconds)) {
        return NaN;
      }
      return hours * _index.millisecondsInHour + minutes * _index.millisecondsInMinute + seconds * 1e3;
    }
    function parseTimeUnit(value) {
      return value && parseFloat(value.replace(",", ".")) || 0;
    }
    function parseTimezone(timezoneString) {
      if (timezoneString === "Z") return 0;
      const captures = timezoneString.match(timezoneRegex);
      if (!captures) return 0;
      const sign = captures[1] === "+" ? -1 : 1;
      const hours = parseInt(captures[2]);
      const minutes = captures[3] && parseInt(captures[3]) || 0;
      if (!validateTimezone(hours, minutes)) {
        return NaN;
      }
      return sign * (hours * _index.millisecondsInHour + minutes * _index.millisecondsInMinute);
    }
    function dayOfISOWeekYear(isoWeekYear, week, day) {
      const date = /* @__PURE__ */ new Date(0);
      date.setUTCFullYear(isoWeekYear, 0, 4);
      const fourthOfJanuaryDay = date.getUTCDay() || 7;
      const diff = (week - 1) * 7 + day + 1 - fourthOfJanuaryDay;
      date.setUTCDate(date.getUTCDate() + diff);
      return date;
    }
    var daysInMonths = [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function isLeapYearIndex(year) {
      return year % 400 === 0 || year % 4 === 0 && year % 100 !== 0;
    }
    function validateDate(year, month, date) {
      return month >= 0 && month <= 11 && date >= 1 && date <= (daysInMonths[month] || (isLeapYearIndex(year) ? 29 : 28));
    }
    function validateDayOfYearDate(year, dayOfYear) {
      return dayOfYear >= 1 && dayOfYear <= (isLeapYearIndex(year) ? 366 : 365);
    }
    function validateWeekDate(_year, week, day) {
      return week >= 1 && week <= 53 && day >= 0 && day <= 6;
    }
    function validateTime(hours, minutes, seconds) {
      if (hours === 24) {
        return minutes === 0 && seconds === 0;
      }
      return seconds >= 0 && seconds < 60 && minutes >= 0 && minutes < 60 && hours >= 0 && hours < 25;
    }
    function validateTimezone(_hours, minutes) {
      return minutes >= 0 && minutes <= 59;
    }
  }
});

// node_modules/date-fns/parseJSON.cjs
var require_parseJSON = __commonJS({
  "node_modules/date-fns/parseJSON.cjs"(exports2) {
    "use strict";
    exports2.parseJSON = parseJSON;
    var _index = require_toDate();
    function parseJSON(dateStr, options) {
      const parts = dateStr.match(
        /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{0,7}))?(?:Z|(.)(\d{2}):?(\d{2})?)?/
      );
      if (!parts) return (0, _index.toDate)(NaN, options?.in);
      return (0, _index.toDate)(
        Date.UTC(
          +parts[1],
          +parts[2] - 1,
          +parts[3],
          +parts[4] - (+parts[9] || 0) * (parts[8] == "-" ? -1 : 1),
          +parts[5] - (+parts[10] || 0) * (parts[8] == "-" ? -1 : 1),
          +parts[6],
          +((parts[7] || "0") + "00").substring(0, 3)
        ),
        options?.in
      );
    }
  }
});

// node_modules/date-fns/previousDay.cjs
var require_previousDay = __commonJS({
  "node_modules/date-fns/previousDay.cjs"(exports2) {
    "use strict";
    exports2.previousDay = previousDay;
    var _index = require_getDay();
    var _index2 = require_subDays();
    function previousDay(date, day, options) {
      let delta = (0, _index.getDay)(date, options) - day;
      if (delta <= 0) delta += 7;
      return (0, _index2.subDays)(date, delta, options);
    }
  }
});

// node_modules/date-fns/previousFriday.cjs
var require_previousFriday = __commonJS({
  "node_modules/date-fns/previousFriday.cjs"(exports2) {
    "use strict";
    exports2.previousFriday = previousFriday;
    var _index = require_previousDay();
    function previousFriday(date, options) {
      return (0, _index.previousDay)(date, 5, options);
    }
  }
});

// node_modules/date-fns/previousMonday.cjs
var require_previousMonday = __commonJS({
  "node_modules/date-fns/previousMonday.cjs"(exports2) {
    "use strict";
    exports2.previousMonday = previousMonday;
    var _index = require_previousDay();
    function previousMonday(date, options) {
      return (0, _index.previousDay)(date, 1, options);
    }
  }
});

// node_modules/date-fns/previousSaturday.cjs
var require_previousSaturday = __commonJS({
  "node_modules/date-fns/previousSaturday.cjs"(exports2) {
    "use strict";
    exports2.previousSaturday = previousSaturday;
    var _index = require_previousDay();
    function previousSaturday(date, options) {
      return (0, _index.previousDay)(date, 6, options);
    }
  }
});

// node_modules/date-fns/previousSunday.cjs
var require_previousSunday = __commonJS({
  "node_modules/date-fns/previousSunday.cjs"(exports2) {
    "use strict";
    exports2.previousSunday = previousSunday;
    var _index = require_previousDay();
    function previousSunday(date, options) {
      return (0, _index.previousDay)(date, 0, options);
    }
  }
});

// node_modules/date-fns/previousThursday.cjs
var require_previousThursday = __commonJS({
  "node_modules/date-fns/previousThursday.cjs"(exports2) {
    "use strict";
    exports2.previousThursday = previousThursday;
    var _index = require_previousDay();
    function previousThursday(date, options) {
      return (0, _index.previousDay)(date, 4, options);
    }
  }
});

// node_modules/date-fns/previousTuesday.cjs
var require_previousTuesday = __commonJS({
  "node_modules/date-fns/previousTuesday.cjs"(exports2) {
    "use strict";
    exports2.previousTuesday = previousTuesday;
    var _index = require_previousDay();
    function previousTuesday(date, options) {
      return (0, _index.previousDay)(date, 2, options);
    }
  }
});

// node_modules/date-fns/previousWednesday.cjs
var require_previousWednesday = __commonJS({
  "node_modules/date-fns/previousWednesday.cjs"(exports2) {
    "use strict";
    exports2.previousWednesday = previousWednesday;
    var _index = require_previousDay();
    function previousWednesday(date, options) {
      return (0, _index.previousDay)(date, 3, options);
    }
  }
});

// node_modules/date-fns/quartersToMonths.cjs
var require_quartersToMonths = __commonJS({
  "node_modules/date-fns/quartersToMonths.cjs"(exports2) {
    "use strict";
    exports2.quartersToMonths = quartersToMonths;
    var _index = require_constants();
    function quartersToMonths(quarters) {
      return Math.trunc(quarters * _index.monthsInQuarter);
    }
  }
});

// node_modules/date-fns/quartersToYears.cjs
var require_quartersToYears = __commonJS({
  "node_modules/date-fns/quartersToYears.cjs"(exports2) {
    "use strict";
    exports2.quartersToYears = quartersToYears;
    var _index = require_constants();
    function quartersToYears(quarters) {
      const years = quarters / _index.quartersInYear;
      return Math.trunc(years);
    }
  }
});

// node_modules/date-fns/roundToNearestHours.cjs
var require_roundToNearestHours = __commonJS({
  "node_modules/date-fns/roundToNearestHours.cjs"(exports2) {
    "use strict";
    exports2.roundToNearestHours = roundToNearestHours;
    var _index = require_getRoundingMethod();
    var _index2 = require_constructFrom();
    var _index3 = require_toDate();
    function roundToNearestHours(date, options) {
      const nearestTo = options?.nearestTo ?? 1;
      if (nearestTo < 1 || nearestTo > 12)
        return (0, _index2.constructFrom)(options?.in || date, NaN);
      const date_ = (0, _index3.toDate)(date, options?.in);
      const fractionalMinutes = date_.getMinutes() / 60;
      const fractionalSeconds = date_.getSeconds() / 60 / 60;
      const fractionalMilliseconds = date_.getMilliseconds() / 1e3 / 60 / 60;
      const hours = date_.getHours() + fractionalMinutes + fractionalSeconds + fractionalMilliseconds;
      const method = options?.roundingMethod ?? "round";
      const roundingMethod = (0, _index.getRoundingMethod)(method);
      const roundedHours = roundingMethod(hours / nearestTo) * nearestTo;
      date_.setHours(roundedHours, 0, 0, 0);
      return date_;
    }
  }
});

// node_modules/date-fns/roundToNearestMinutes.cjs
var require_roundToNearestMinutes = __commonJS({
  "node_modules/date-fns/roundToNearestMinutes.cjs"(exports2) {
    "use strict";
    exports2.roundToNearestMinutes = roundToNearestMinutes;
    var _index = require_getRoundingMethod();
    var _index2 = require_constructFrom();
    var _index3 = require_toDate();
    function roundToNearestMinutes(date, options) {
      const nearestTo = options?.nearestTo ?? 1;
      if (nearestTo < 1 || nearestTo > 30)
        return (0, _index2.constructFrom)(date, NaN);
      const date_ = (0, _index3.toDate)(date, options?.in);
      const fractionalSeconds = date_.getSeconds() / 60;
      const fractionalMilliseconds = date_.getMilliseconds() / 1e3 / 60;
      const minutes = date_.getMinutes() + fractionalSeconds + fractionalMilliseconds;
      const method = options?.roundingMethod ?? "round";
      const roundingMethod = (0, _index.getRoundingMethod)(method);
      const roundedMinutes = roundingMethod(minutes / nearestTo) * nearestTo;
      date_.setMinutes(roundedMinutes, 0, 0);
      return date_;
    }
  }
});

// node_modules/date-fns/secondsToHours.cjs
var require_secondsToHours = __commonJS({
  "node_modules/date-fns/secondsToHours.cjs"(exports2) {
    "use strict";
    exports2.secondsToHours = secondsToHours;
    var _index = require_constants();
    function secondsToHours(seconds) {
      const hours = seconds / _index.secondsInHour;
      return Math.trunc(hours);
    }
  }
});

// node_modules/date-fns/secondsToMilliseconds.cjs
var require_secondsToMilliseconds = __commonJS({
  "node_modules/date-fns/secondsToMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.secondsToMilliseconds = secondsToMilliseconds;
    var _index = require_constants();
    function secondsToMilliseconds(seconds) {
      return seconds * _index.millisecondsInSecond;
    }
  }
});

// node_modules/date-fns/secondsToMinutes.cjs
var require_secondsToMinutes = __commonJS({
  "node_modules/date-fns/secondsToMinutes.cjs"(exports2) {
    "use strict";
    exports2.secondsToMinutes = secondsToMinutes;
    var _index = require_constants();
    function secondsToMinutes(seconds) {
      const minutes = seconds / _index.secondsInMinute;
      return Math.trunc(minutes);
    }
  }
});

// node_modules/date-fns/setMonth.cjs
var require_setMonth = __commonJS({
  "node_modules/date-fns/setMonth.cjs"(exports2) {
    "use strict";
    exports2.setMonth = setMonth;
    var _index = require_constructFrom();
    var _index2 = require_getDaysInMonth();
    var _index3 = require_toDate();
    function setMonth(date, month, options) {
      const _date = (0, _index3.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const day = _date.getDate();
      const midMonth = (0, _index.constructFrom)(options?.in || date, 0);
      midMonth.setFullYear(year, month, 15);
      midMonth.setHours(0, 0, 0, 0);
      const daysInMonth = (0, _index2.getDaysInMonth)(midMonth);
      _date.setMonth(month, Math.min(day, daysInMonth));
      return _date;
    }
  }
});

// node_modules/date-fns/set.cjs
var require_set = __commonJS({
  "node_modules/date-fns/set.cjs"(exports2) {
    "use strict";
    exports2.set = set;
    var _index = require_constructFrom();
    var _index2 = require_setMonth();
    var _index3 = require_toDate();
    function set(date, values, options) {
      let _date = (0, _index3.toDate)(date, options?.in);
      if (isNaN(+_date)) return (0, _index.constructFrom)(options?.in || date, NaN);
      if (values.year != null) _date.setFullYear(values.year);
      if (values.month != null) _date = (0, _index2.setMonth)(_date, values.month);
      if (values.date != null) _date.setDate(values.date);
      if (values.hours != null) _date.setHours(values.hours);
      if (values.minutes != null) _date.setMinutes(values.minutes);
      if (values.seconds != null) _date.setSeconds(values.seconds);
      if (values.milliseconds != null) _date.setMilliseconds(values.milliseconds);
      return _date;
    }
  }
});

// node_modules/date-fns/setDate.cjs
var require_setDate = __commonJS({
  "node_modules/date-fns/setDate.cjs"(exports2) {
    "use strict";
    exports2.setDate = setDate;
    var _index = require_toDate();
    function setDate(date, dayOfMonth, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setDate(dayOfMonth);
      return _date;
    }
  }
});

// node_modules/date-fns/setDayOfYear.cjs
var require_setDayOfYear = __commonJS({
  "node_modules/date-fns/setDayOfYear.cjs"(exports2) {
    "use strict";
    exports2.setDayOfYear = setDayOfYear;
    var _index = require_toDate();
    function setDayOfYear(date, dayOfYear, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      date_.setMonth(0);
      date_.setDate(dayOfYear);
      return date_;
    }
  }
});

// node_modules/date-fns/setDefaultOptions.cjs
var require_setDefaultOptions = __commonJS({
  "node_modules/date-fns/setDefaultOptions.cjs"(exports2) {
    "use strict";
    exports2.setDefaultOptions = setDefaultOptions;
    var _index = require_defaultOptions();
    function setDefaultOptions(options) {
      const result = {};
      const defaultOptions = (0, _index.getDefaultOptions)();
      for (const property in defaultOptions) {
        if (Object.prototype.hasOwnProperty.call(defaultOptions, property)) {
          result[property] = defaultOptions[property];
        }
      }
      for (const property in options) {
        if (Object.prototype.hasOwnProperty.call(options, property)) {
          if (options[property] === void 0) {
            delete result[property];
          } else {
            result[property] = options[property];
          }
        }
      }
      (0, _index.setDefaultOptions)(result);
    }
  }
});

// node_modules/date-fns/setHours.cjs
var require_setHours = __commonJS({
  "node_modules/date-fns/setHours.cjs"(exports2) {
    "use strict";
    exports2.setHours = setHours;
    var _index = require_toDate();
    function setHours(date, hours, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setHours(hours);
      return _date;
    }
  }
});

// node_modules/date-fns/setMilliseconds.cjs
var require_setMilliseconds = __commonJS({
  "node_modules/date-fns/setMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.setMilliseconds = setMilliseconds;
    var _index = require_toDate();
    function setMilliseconds(date, milliseconds, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setMilliseconds(milliseconds);
      return _date;
    }
  }
});

// node_modules/date-fns/setMinutes.cjs
var require_setMinutes = __commonJS({
  "node_modules/date-fns/setMinutes.cjs"(exports2) {
    "use strict";
    exports2.setMinutes = setMinutes;
    var _index = require_toDate();
    function setMinutes(date, minutes, options) {
      const date_ = (0, _index.toDate)(date, options?.in);
      date_.setMinutes(minutes);
      return date_;
    }
  }
});

// node_modules/date-fns/setQuarter.cjs
var require_setQuarter = __commonJS({
  "node_modules/date-fns/setQuarter.cjs"(exports2) {
    "use strict";
    exports2.setQuarter = setQuarter;
    var _index = require_setMonth();
    var _index2 = require_toDate();
    function setQuarter(date, quarter, options) {
      const date_ = (0, _index2.toDate)(date, options?.in);
      const oldQuarter = Math.trunc(date_.getMonth() / 3) + 1;
      const diff = quarter - oldQuarter;
      return (0, _index.setMonth)(date_, date_.getMonth() + diff * 3);
    }
  }
});

// node_modules/date-fns/setSeconds.cjs
var require_setSeconds = __commonJS({
  "node_modules/date-fns/setSeconds.cjs"(exports2) {
    "use strict";
    exports2.setSeconds = setSeconds;
    var _index = require_toDate();
    function setSeconds(date, seconds, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      _date.setSeconds(seconds);
      return _date;
    }
  }
});

// node_modules/date-fns/setWeekYear.cjs
var require_setWeekYear = __commonJS({
  "node_modules/date-fns/setWeekYear.cjs"(exports2) {
    "use strict";
    exports2.setWeekYear = setWeekYear;
    var _index = require_defaultOptions();
    var _index2 = require_constructFrom();
    var _index3 = require_differenceInCalendarDays();
    var _index4 = require_startOfWeekYear();
    var _index5 = require_toDate();
    function setWeekYear(date, weekYear, options) {
      const defaultOptions = (0, _index.getDefaultOptions)();
      const firstWeekContainsDate = options?.firstWeekContainsDate ?? options?.locale?.options?.firstWeekContainsDate ?? defaultOptions.firstWeekContainsDate ?? defaultOptions.locale?.options?.firstWeekContainsDate ?? 1;
      const diff = (0, _index3.differenceInCalendarDays)(
        (0, _index5.toDate)(date, options?.in),
        (0, _index4.startOfWeekYear)(date, options),
        options
      );
      const firstWeek = (0, _index2.constructFrom)(options?.in || date, 0);
      firstWeek.setFullYear(weekYear, 0, firstWeekContainsDate);
      firstWeek.setHours(0, 0, 0, 0);
      const date_ = (0, _index4.startOfWeekYear)(firstWeek, options);
      date_.setDate(date_.getDate() + diff);
      return date_;
    }
  }
});

// node_modules/date-fns/setYear.cjs
var require_setYear = __commonJS({
  "node_modules/date-fns/setYear.cjs"(exports2) {
    "use strict";
    exports2.setYear = setYear;
    var _index = require_constructFrom();
    var _index2 = require_toDate();
    function setYear(date, year, options) {
      const date_ = (0, _index2.toDate)(date, options?.in);
      if (isNaN(+date_)) return (0, _index.constructFrom)(options?.in || date, NaN);
      date_.setFullYear(year);
      return date_;
    }
  }
});

// node_modules/date-fns/startOfDecade.cjs
var require_startOfDecade = __commonJS({
  "node_modules/date-fns/startOfDecade.cjs"(exports2) {
    "use strict";
    exports2.startOfDecade = startOfDecade;
    var _index = require_toDate();
    function startOfDecade(date, options) {
      const _date = (0, _index.toDate)(date, options?.in);
      const year = _date.getFullYear();
      const decade = Math.floor(year / 10) * 10;
      _date.setFullYear(decade, 0, 1);
      _date.setHours(0, 0, 0, 0);
      return _date;
    }
  }
});

// node_modules/date-fns/startOfToday.cjs
var require_startOfToday = __commonJS({
  "node_modules/date-fns/startOfToday.cjs"(exports2) {
    "use strict";
    exports2.startOfToday = startOfToday;
    var _index = require_startOfDay();
    function startOfToday(options) {
      return (0, _index.startOfDay)(Date.now(), options);
    }
  }
});

// node_modules/date-fns/startOfTomorrow.cjs
var require_startOfTomorrow = __commonJS({
  "node_modules/date-fns/startOfTomorrow.cjs"(exports2) {
    "use strict";
    exports2.startOfTomorrow = startOfTomorrow;
    var _index = require_constructFrom();
    var _index2 = require_constructNow();
    function startOfTomorrow(options) {
      const now = (0, _index2.constructNow)(options?.in);
      const year = now.getFullYear();
      const month = now.getMonth();
      const day = now.getDate();
      const date = (0, _index.constructFrom)(options?.in, 0);
      date.setFullYear(year, month, day + 1);
      date.setHours(0, 0, 0, 0);
      return date;
    }
  }
});

// node_modules/date-fns/startOfYesterday.cjs
var require_startOfYesterday = __commonJS({
  "node_modules/date-fns/startOfYesterday.cjs"(exports2) {
    "use strict";
    exports2.startOfYesterday = startOfYesterday;
    var _index = require_constructNow();
    function startOfYesterday(options) {
      const now = (0, _index.constructNow)(options?.in);
      const year = now.getFullYear();
      const month = now.getMonth();
      const day = now.getDate();
      const date = (0, _index.constructNow)(options?.in);
      date.setFullYear(year, month, day - 1);
      date.setHours(0, 0, 0, 0);
      return date;
    }
  }
});

// node_modules/date-fns/subMonths.cjs
var require_subMonths = __commonJS({
  "node_modules/date-fns/subMonths.cjs"(exports2) {
    "use strict";
    exports2.subMonths = subMonths;
    var _index = require_addMonths();
    function subMonths(date, amount, options) {
      return (0, _index.addMonths)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/sub.cjs
var require_sub = __commonJS({
  "node_modules/date-fns/sub.cjs"(exports2) {
    "use strict";
    exports2.sub = sub;
    var _index = require_constructFrom();
    var _index2 = require_subDays();
    var _index3 = require_subMonths();
    function sub(date, duration, options) {
      const {
        years = 0,
        months = 0,
        weeks = 0,
        days = 0,
        hours = 0,
        minutes = 0,
        seconds = 0
      } = duration;
      const withoutMonths = (0, _index3.subMonths)(
        date,
        months + years * 12,
        options
      );
      const withoutDays = (0, _index2.subDays)(
        withoutMonths,
        days + weeks * 7,
        options
      );
      const minutesToSub = minutes + hours * 60;
      const secondsToSub = seconds + minutesToSub * 60;
      const msToSub = secondsToSub * 1e3;
      return (0, _index.constructFrom)(options?.in || date, +withoutDays - msToSub);
    }
  }
});

// node_modules/date-fns/subBusinessDays.cjs
var require_subBusinessDays = __commonJS({
  "node_modules/date-fns/subBusinessDays.cjs"(exports2) {
    "use strict";
    exports2.subBusinessDays = subBusinessDays;
    var _index = require_addBusinessDays();
    function subBusinessDays(date, amount, options) {
      return (0, _index.addBusinessDays)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subHours.cjs
var require_subHours = __commonJS({
  "node_modules/date-fns/subHours.cjs"(exports2) {
    "use strict";
    exports2.subHours = subHours;
    var _index = require_addHours();
    function subHours(date, amount, options) {
      return (0, _index.addHours)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subMilliseconds.cjs
var require_subMilliseconds = __commonJS({
  "node_modules/date-fns/subMilliseconds.cjs"(exports2) {
    "use strict";
    exports2.subMilliseconds = subMilliseconds;
    var _index = require_addMilliseconds();
    function subMilliseconds(date, amount, options) {
      return (0, _index.addMilliseconds)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subMinutes.cjs
var require_subMinutes = __commonJS({
  "node_modules/date-fns/subMinutes.cjs"(exports2) {
    "use strict";
    exports2.subMinutes = subMinutes;
    var _index = require_addMinutes();
    function subMinutes(date, amount, options) {
      return (0, _index.addMinutes)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subQuarters.cjs
var require_subQuarters = __commonJS({
  "node_modules/date-fns/subQuarters.cjs"(exports2) {
    "use strict";
    exports2.subQuarters = subQuarters;
    var _index = require_addQuarters();
    function subQuarters(date, amount, options) {
      return (0, _index.addQuarters)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subSeconds.cjs
var require_subSeconds = __commonJS({
  "node_modules/date-fns/subSeconds.cjs"(exports2) {
    "use strict";
    exports2.subSeconds = subSeconds;
    var _index = require_addSeconds();
    function subSeconds(date, amount, options) {
      return (0, _index.addSeconds)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subWeeks.cjs
var require_subWeeks = __commonJS({
  "node_modules/date-fns/subWeeks.cjs"(exports2) {
    "use strict";
    exports2.subWeeks = subWeeks;
    var _index = require_addWeeks();
    function subWeeks(date, amount, options) {
      return (0, _index.addWeeks)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/subYears.cjs
var require_subYears = __commonJS({
  "node_modules/date-fns/subYears.cjs"(exports2) {
    "use strict";
    exports2.subYears = subYears;
    var _index = require_addYears();
    function subYears(date, amount, options) {
      return (0, _index.addYears)(date, -amount, options);
    }
  }
});

// node_modules/date-fns/weeksToDays.cjs
var require_weeksToDays = __commonJS({
  "node_modules/date-fns/weeksToDays.cjs"(exports2) {
    "use strict";
    exports2.weeksToDays = weeksToDays;
    var _index = require_constants();
    function weeksToDays(weeks) {
      return Math.trunc(weeks * _index.daysInWeek);
    }
  }
});

// node_modules/date-fns/yearsToDays.cjs
var require_yearsToDays = __commonJS({
  "node_modules/date-fns/yearsToDays.cjs"(exports2) {
    "use strict";
    exports2.yearsToDays = yearsToDays;
    var _index = require_constants();
    function yearsToDays(years) {
      return Math.trunc(years * _index.daysInYear);
    }
  }
});

// node_modules/date-fns/yearsToMonths.cjs
var require_yearsToMonths = __commonJS({
  "node_modules/date-fns/yearsToMonths.cjs"(exports2) {
    "use strict";
    exports2.yearsToMonths = yearsToMonths;
    var _index = require_constants();
    function yearsToMonths(years) {
      return Math.trunc(years * _index.monthsInYear);
    }
  }
});

// node_modules/date-fns/yearsToQuarters.cjs
var require_yearsToQuarters = __commonJS({
  "node_modules/date-fns/yearsToQuarters.cjs"(exports2) {
    "use strict";
    exports2.yearsToQuarters = yearsToQuarters;
    var _index = require_constants();
    function yearsToQuarters(years) {
      return Math.trunc(years * _index.quartersInYear);
    }
  }
});

// node_modules/date-fns/index.cjs
var require_date_fns = __commonJS({
  "node_modules/date-fns/index.cjs"(exports2) {
    "use strict";
    var _index = require_add();
    Object.keys(_index).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index[key];
        }
      });
    });
    var _index2 = require_addBusinessDays();
    Object.keys(_index2).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index2[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index2[key];
        }
      });
    });
    var _index3 = require_addDays();
    Object.keys(_index3).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index3[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index3[key];
        }
      });
    });
    var _index4 = require_addHours();
    Object.keys(_index4).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index4[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index4[key];
        }
      });
    });
    var _index5 = require_addISOWeekYears();
    Object.keys(_index5).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index5[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index5[key];
        }
      });
    });
    var _index6 = require_addMilliseconds();
    Object.keys(_index6).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index6[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index6[key];
        }
      });
    });
    var _index7 = require_addMinutes();
    Object.keys(_index7).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index7[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index7[key];
        }
      });
    });
    var _index8 = require_addMonths();
    Object.keys(_index8).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index8[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index8[key];
        }
      });
    });
    var _index9 = require_addQuarters();
    Object.keys(_index9).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index9[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index9[key];
        }
      });
    });
    var _index0 = require_addSeconds();
    Object.keys(_index0).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index0[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index0[key];
        }
      });
    });
    var _index1 = require_addWeeks();
    Object.keys(_index1).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index1[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index1[key];
        }
      });
    });
    var _index10 = require_addYears();
    Object.keys(_index10).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index10[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index10[key];
        }
      });
    });
    var _index11 = require_areIntervalsOverlapping();
    Object.keys(_index11).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index11[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index11[key];
        }
      });
    });
    var _index12 = require_clamp();
    Object.keys(_index12).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index12[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index12[key];
        }
      });
    });
    var _index13 = require_closestIndexTo();
    Object.keys(_index13).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index13[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index13[key];
        }
      });
    });
    var _index14 = require_closestTo();
    Object.keys(_index14).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index14[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index14[key];
        }
      });
    });
    var _index15 = require_compareAsc();
    Object.keys(_index15).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index15[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index15[key];
        }
      });
    });
    var _index16 = require_compareDesc();
    Object.keys(_index16).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index16[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index16[key];
        }
      });
    });
    var _index17 = require_constructFrom();
    Object.keys(_index17).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index17[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index17[key];
        }
      });
    });
    var _index18 = require_constructNow();
    Object.keys(_index18).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index18[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index18[key];
        }
      });
    });
    var _index19 = require_daysToWeeks();
    Object.keys(_index19).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index19[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index19[key];
        }
      });
    });
    var _index20 = require_differenceInBusinessDays();
    Object.keys(_index20).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index20[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index20[key];
        }
      });
    });
    var _index21 = require_differenceInCalendarDays();
    Object.keys(_index21).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index21[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index21[key];
        }
      });
    });
    var _index22 = require_differenceInCalendarISOWeekYears();
    Object.keys(_index22).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index22[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index22[key];
        }
      });
    });
    var _index23 = require_differenceInCalendarISOWeeks();
    Object.keys(_index23).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index23[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index23[key];
        }
      });
    });
    var _index24 = require_differenceInCalendarMonths();
    Object.keys(_index24).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index24[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index24[key];
        }
      });
    });
    var _index25 = require_differenceInCalendarQuarters();
    Object.keys(_index25).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index25[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index25[key];
        }
      });
    });
    var _index26 = require_differenceInCalendarWeeks();
    Object.keys(_index26).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index26[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index26[key];
        }
      });
    });
    var _index27 = require_differenceInCalendarYears();
    Object.keys(_index27).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index27[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index27[key];
        }
      });
    });
    var _index28 = require_differenceInDays();
    Object.keys(_index28).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index28[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index28[key];
        }
      });
    });
    var _index29 = require_differenceInHours();
    Object.keys(_index29).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index29[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index29[key];
        }
      });
    });
    var _index30 = require_differenceInISOWeekYears();
    Object.keys(_index30).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index30[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index30[key];
        }
      });
    });
    var _index31 = require_differenceInMilliseconds();
    Object.keys(_index31).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index31[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index31[key];
        }
      });
    });
    var _index32 = require_differenceInMinutes();
    Object.keys(_index32).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index32[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index32[key];
        }
      });
    });
    var _index33 = require_differenceInMonths();
    Object.keys(_index33).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index33[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index33[key];
        }
      });
    });
    var _index34 = require_differenceInQuarters();
    Object.keys(_index34).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index34[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index34[key];
        }
      });
    });
    var _index35 = require_differenceInSeconds();
    Object.keys(_index35).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index35[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index35[key];
        }
      });
    });
    var _index36 = require_differenceInWeeks();
    Object.keys(_index36).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index36[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index36[key];
        }
      });
    });
    var _index37 = require_differenceInYears();
    Object.keys(_index37).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index37[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index37[key];
        }
      });
    });
    var _index38 = require_eachDayOfInterval();
    Object.keys(_index38).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index38[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index38[key];
        }
      });
    });
    var _index39 = require_eachHourOfInterval();
    Object.keys(_index39).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index39[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index39[key];
        }
      });
    });
    var _index40 = require_eachMinuteOfInterval();
    Object.keys(_index40).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index40[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index40[key];
        }
      });
    });
    var _index41 = require_eachMonthOfInterval();
    Object.keys(_index41).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index41[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index41[key];
        }
      });
    });
    var _index42 = require_eachQuarterOfInterval();
    Object.keys(_index42).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index42[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index42[key];
        }
      });
    });
    var _index43 = require_eachWeekOfInterval();
    Object.keys(_index43).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index43[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index43[key];
        }
      });
    });
    var _index44 = require_eachWeekendOfInterval();
    Object.keys(_index44).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index44[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index44[key];
        }
      });
    });
    var _index45 = require_eachWeekendOfMonth();
    Object.keys(_index45).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index45[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index45[key];
        }
      });
    });
    var _index46 = require_eachWeekendOfYear();
    Object.keys(_index46).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index46[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index46[key];
        }
      });
    });
    var _index47 = require_eachYearOfInterval();
    Object.keys(_index47).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index47[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index47[key];
        }
      });
    });
    var _index48 = require_endOfDay();
    Object.keys(_index48).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index48[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index48[key];
        }
      });
    });
    var _index49 = require_endOfDecade();
    Object.keys(_index49).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index49[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index49[key];
        }
      });
    });
    var _index50 = require_endOfHour();
    Object.keys(_index50).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index50[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index50[key];
        }
      });
    });
    var _index51 = require_endOfISOWeek();
    Object.keys(_index51).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index51[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index51[key];
        }
      });
    });
    var _index52 = require_endOfISOWeekYear();
    Object.keys(_index52).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index52[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index52[key];
        }
      });
    });
    var _index53 = require_endOfMinute();
    Object.keys(_index53).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index53[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index53[key];
        }
      });
    });
    var _index54 = require_endOfMonth();
    Object.keys(_index54).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index54[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index54[key];
        }
      });
    });
    var _index55 = require_endOfQuarter();
    Object.keys(_index55).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index55[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index55[key];
        }
      });
    });
    var _index56 = require_endOfSecond();
    Object.keys(_index56).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index56[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index56[key];
        }
      });
    });
    var _index57 = require_endOfToday();
    Object.keys(_index57).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index57[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index57[key];
        }
      });
    });
    var _index58 = require_endOfTomorrow();
    Object.keys(_index58).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index58[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index58[key];
        }
      });
    });
    var _index59 = require_endOfWeek();
    Object.keys(_index59).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index59[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index59[key];
        }
      });
    });
    var _index60 = require_endOfYear();
    Object.keys(_index60).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index60[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index60[key];
        }
      });
    });
    var _index61 = require_endOfYesterday();
    Object.keys(_index61).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index61[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index61[key];
        }
      });
    });
    var _index62 = require_format();
    Object.keys(_index62).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index62[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index62[key];
        }
      });
    });
    var _index63 = require_formatDistance2();
    Object.keys(_index63).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index63[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index63[key];
        }
      });
    });
    var _index64 = require_formatDistanceStrict();
    Object.keys(_index64).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index64[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index64[key];
        }
      });
    });
    var _index65 = require_formatDistanceToNow();
    Object.keys(_index65).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index65[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index65[key];
        }
      });
    });
    var _index66 = require_formatDistanceToNowStrict();
    Object.keys(_index66).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index66[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index66[key];
        }
      });
    });
    var _index67 = require_formatDuration();
    Object.keys(_index67).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index67[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index67[key];
        }
      });
    });
    var _index68 = require_formatISO();
    Object.keys(_index68).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index68[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index68[key];
        }
      });
    });
    var _index69 = require_formatISO9075();
    Object.keys(_index69).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index69[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index69[key];
        }
      });
    });
    var _index70 = require_formatISODuration();
    Object.keys(_index70).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index70[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index70[key];
        }
      });
    });
    var _index71 = require_formatRFC3339();
    Object.keys(_index71).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index71[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index71[key];
        }
      });
    });
    var _index72 = require_formatRFC7231();
    Object.keys(_index72).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index72[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index72[key];
        }
      });
    });
    var _index73 = require_formatRelative2();
    Object.keys(_index73).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index73[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index73[key];
        }
      });
    });
    var _index74 = require_fromUnixTime();
    Object.keys(_index74).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index74[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index74[key];
        }
      });
    });
    var _index75 = require_getDate();
    Object.keys(_index75).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index75[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index75[key];
        }
      });
    });
    var _index76 = require_getDay();
    Object.keys(_index76).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index76[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index76[key];
        }
      });
    });
    var _index77 = require_getDayOfYear();
    Object.keys(_index77).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index77[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index77[key];
        }
      });
    });
    var _index78 = require_getDaysInMonth();
    Object.keys(_index78).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index78[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index78[key];
        }
      });
    });
    var _index79 = require_getDaysInYear();
    Object.keys(_index79).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index79[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index79[key];
        }
      });
    });
    var _index80 = require_getDecade();
    Object.keys(_index80).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index80[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index80[key];
        }
      });
    });
    var _index81 = require_getDefaultOptions();
    Object.keys(_index81).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index81[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index81[key];
        }
      });
    });
    var _index82 = require_getHours();
    Object.keys(_index82).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index82[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index82[key];
        }
      });
    });
    var _index83 = require_getISODay();
    Object.keys(_index83).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index83[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index83[key];
        }
      });
    });
    var _index84 = require_getISOWeek();
    Object.keys(_index84).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index84[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index84[key];
        }
      });
    });
    var _index85 = require_getISOWeekYear();
    Object.keys(_index85).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index85[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index85[key];
        }
      });
    });
    var _index86 = require_getISOWeeksInYear();
    Object.keys(_index86).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index86[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index86[key];
        }
      });
    });
    var _index87 = require_getMilliseconds();
    Object.keys(_index87).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index87[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index87[key];
        }
      });
    });
    var _index88 = require_getMinutes();
    Object.keys(_index88).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index88[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index88[key];
        }
      });
    });
    var _index89 = require_getMonth();
    Object.keys(_index89).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index89[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index89[key];
        }
      });
    });
    var _index90 = require_getOverlappingDaysInIntervals();
    Object.keys(_index90).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index90[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index90[key];
        }
      });
    });
    var _index91 = require_getQuarter();
    Object.keys(_index91).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index91[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index91[key];
        }
      });
    });
    var _index92 = require_getSeconds();
    Object.keys(_index92).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index92[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index92[key];
        }
      });
    });
    var _index93 = require_getTime();
    Object.keys(_index93).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index93[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index93[key];
        }
      });
    });
    var _index94 = require_getUnixTime();
    Object.keys(_index94).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index94[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index94[key];
        }
      });
    });
    var _index95 = require_getWeek();
    Object.keys(_index95).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index95[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index95[key];
        }
      });
    });
    var _index96 = require_getWeekOfMonth();
    Object.keys(_index96).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index96[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index96[key];
        }
      });
    });
    var _index97 = require_getWeekYear();
    Object.keys(_index97).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index97[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index97[key];
        }
      });
    });
    var _index98 = require_getWeeksInMonth();
    Object.keys(_index98).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index98[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index98[key];
        }
      });
    });
    var _index99 = require_getYear();
    Object.keys(_index99).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index99[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index99[key];
        }
      });
    });
    var _index100 = require_hoursToMilliseconds();
    Object.keys(_index100).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index100[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index100[key];
        }
      });
    });
    var _index101 = require_hoursToMinutes();
    Object.keys(_index101).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index101[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index101[key];
        }
      });
    });
    var _index102 = require_hoursToSeconds();
    Object.keys(_index102).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index102[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index102[key];
        }
      });
    });
    var _index103 = require_interval();
    Object.keys(_index103).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index103[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index103[key];
        }
      });
    });
    var _index104 = require_intervalToDuration();
    Object.keys(_index104).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index104[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index104[key];
        }
      });
    });
    var _index105 = require_intlFormat();
    Object.keys(_index105).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index105[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index105[key];
        }
      });
    });
    var _index106 = require_intlFormatDistance();
    Object.keys(_index106).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index106[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index106[key];
        }
      });
    });
    var _index107 = require_isAfter();
    Object.keys(_index107).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index107[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index107[key];
        }
      });
    });
    var _index108 = require_isBefore();
    Object.keys(_index108).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index108[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index108[key];
        }
      });
    });
    var _index109 = require_isDate();
    Object.keys(_index109).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index109[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index109[key];
        }
      });
    });
    var _index110 = require_isEqual();
    Object.keys(_index110).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index110[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index110[key];
        }
      });
    });
    var _index111 = require_isExists();
    Object.keys(_index111).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index111[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index111[key];
        }
      });
    });
    var _index112 = require_isFirstDayOfMonth();
    Object.keys(_index112).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index112[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index112[key];
        }
      });
    });
    var _index113 = require_isFriday();
    Object.keys(_index113).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index113[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index113[key];
        }
      });
    });
    var _index114 = require_isFuture();
    Object.keys(_index114).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index114[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index114[key];
        }
      });
    });
    var _index115 = require_isLastDayOfMonth();
    Object.keys(_index115).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index115[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index115[key];
        }
      });
    });
    var _index116 = require_isLeapYear();
    Object.keys(_index116).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index116[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index116[key];
        }
      });
    });
    var _index117 = require_isMatch();
    Object.keys(_index117).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index117[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index117[key];
        }
      });
    });
    var _index118 = require_isMonday();
    Object.keys(_index118).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index118[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index118[key];
        }
      });
    });
    var _index119 = require_isPast();
    Object.keys(_index119).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index119[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index119[key];
        }
      });
    });
    var _index120 = require_isSameDay();
    Object.keys(_index120).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index120[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index120[key];
        }
      });
    });
    var _index121 = require_isSameHour();
    Object.keys(_index121).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index121[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index121[key];
        }
      });
    });
    var _index122 = require_isSameISOWeek();
    Object.keys(_index122).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index122[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index122[key];
        }
      });
    });
    var _index123 = require_isSameISOWeekYear();
    Object.keys(_index123).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index123[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index123[key];
        }
      });
    });
    var _index124 = require_isSameMinute();
    Object.keys(_index124).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index124[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index124[key];
        }
      });
    });
    var _index125 = require_isSameMonth();
    Object.keys(_index125).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index125[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index125[key];
        }
      });
    });
    var _index126 = require_isSameQuarter();
    Object.keys(_index126).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index126[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index126[key];
        }
      });
    });
    var _index127 = require_isSameSecond();
    Object.keys(_index127).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index127[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index127[key];
        }
      });
    });
    var _index128 = require_isSameWeek();
    Object.keys(_index128).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index128[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index128[key];
        }
      });
    });
    var _index129 = require_isSameYear();
    Object.keys(_index129).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index129[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index129[key];
        }
      });
    });
    var _index130 = require_isSaturday();
    Object.keys(_index130).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index130[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index130[key];
        }
      });
    });
    var _index131 = require_isSunday();
    Object.keys(_index131).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index131[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index131[key];
        }
      });
    });
    var _index132 = require_isThisHour();
    Object.keys(_index132).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index132[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index132[key];
        }
      });
    });
    var _index133 = require_isThisISOWeek();
    Object.keys(_index133).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index133[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index133[key];
        }
      });
    });
    var _index134 = require_isThisMinute();
    Object.keys(_index134).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index134[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index134[key];
        }
      });
    });
    var _index135 = require_isThisMonth();
    Object.keys(_index135).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index135[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index135[key];
        }
      });
    });
    var _index136 = require_isThisQuarter();
    Object.keys(_index136).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index136[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index136[key];
        }
      });
    });
    var _index137 = require_isThisSecond();
    Object.keys(_index137).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index137[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index137[key];
        }
      });
    });
    var _index138 = require_isThisWeek();
    Object.keys(_index138).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index138[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index138[key];
        }
      });
    });
    var _index139 = require_isThisYear();
    Object.keys(_index139).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index139[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index139[key];
        }
      });
    });
    var _index140 = require_isThursday();
    Object.keys(_index140).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index140[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index140[key];
        }
      });
    });
    var _index141 = require_isToday();
    Object.keys(_index141).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index141[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index141[key];
        }
      });
    });
    var _index142 = require_isTomorrow();
    Object.keys(_index142).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index142[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index142[key];
        }
      });
    });
    var _index143 = require_isTuesday();
    Object.keys(_index143).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index143[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index143[key];
        }
      });
    });
    var _index144 = require_isValid();
    Object.keys(_index144).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index144[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index144[key];
        }
      });
    });
    var _index145 = require_isWednesday();
    Object.keys(_index145).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index145[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index145[key];
        }
      });
    });
    var _index146 = require_isWeekend();
    Object.keys(_index146).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index146[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index146[key];
        }
      });
    });
    var _index147 = require_isWithinInterval();
    Object.keys(_index147).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index147[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index147[key];
        }
      });
    });
    var _index148 = require_isYesterday();
    Object.keys(_index148).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index148[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index148[key];
        }
      });
    });
    var _index149 = require_lastDayOfDecade();
    Object.keys(_index149).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index149[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index149[key];
        }
      });
    });
    var _index150 = require_lastDayOfISOWeek();
    Object.keys(_index150).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index150[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index150[key];
        }
      });
    });
    var _index151 = require_lastDayOfISOWeekYear();
    Object.keys(_index151).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index151[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index151[key];
        }
      });
    });
    var _index152 = require_lastDayOfMonth();
    Object.keys(_index152).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index152[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index152[key];
        }
      });
    });
    var _index153 = require_lastDayOfQuarter();
    Object.keys(_index153).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index153[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index153[key];
        }
      });
    });
    var _index154 = require_lastDayOfWeek();
    Object.keys(_index154).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index154[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index154[key];
        }
      });
    });
    var _index155 = require_lastDayOfYear();
    Object.keys(_index155).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index155[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index155[key];
        }
      });
    });
    var _index156 = require_lightFormat();
    Object.keys(_index156).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index156[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index156[key];
        }
      });
    });
    var _index157 = require_max();
    Object.keys(_index157).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index157[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index157[key];
        }
      });
    });
    var _index158 = require_milliseconds();
    Object.keys(_index158).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index158[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index158[key];
        }
      });
    });
    var _index159 = require_millisecondsToHours();
    Object.keys(_index159).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index159[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index159[key];
        }
      });
    });
    var _index160 = require_millisecondsToMinutes();
    Object.keys(_index160).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index160[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index160[key];
        }
      });
    });
    var _index161 = require_millisecondsToSeconds();
    Object.keys(_index161).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index161[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index161[key];
        }
      });
    });
    var _index162 = require_min();
    Object.keys(_index162).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index162[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index162[key];
        }
      });
    });
    var _index163 = require_minutesToHours();
    Object.keys(_index163).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index163[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index163[key];
        }
      });
    });
    var _index164 = require_minutesToMilliseconds();
    Object.keys(_index164).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index164[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index164[key];
        }
      });
    });
    var _index165 = require_minutesToSeconds();
    Object.keys(_index165).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index165[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index165[key];
        }
      });
    });
    var _index166 = require_monthsToQuarters();
    Object.keys(_index166).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index166[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index166[key];
        }
      });
    });
    var _index167 = require_monthsToYears();
    Object.keys(_index167).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index167[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index167[key];
        }
      });
    });
    var _index168 = require_nextDay();
    Object.keys(_index168).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index168[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index168[key];
        }
      });
    });
    var _index169 = require_nextFriday();
    Object.keys(_index169).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index169[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index169[key];
        }
      });
    });
    var _index170 = require_nextMonday();
    Object.keys(_index170).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index170[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index170[key];
        }
      });
    });
    var _index171 = require_nextSaturday();
    Object.keys(_index171).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index171[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index171[key];
        }
      });
    });
    var _index172 = require_nextSunday();
    Object.keys(_index172).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index172[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index172[key];
        }
      });
    });
    var _index173 = require_nextThursday();
    Object.keys(_index173).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index173[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index173[key];
        }
      });
    });
    var _index174 = require_nextTuesday();
    Object.keys(_index174).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index174[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index174[key];
        }
      });
    });
    var _index175 = require_nextWednesday();
    Object.keys(_index175).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index175[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index175[key];
        }
      });
    });
    var _index176 = require_parse();
    Object.keys(_index176).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index176[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index176[key];
        }
      });
    });
    var _index177 = require_parseISO();
    Object.keys(_index177).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index177[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index177[key];
        }
      });
    });
    var _index178 = require_parseJSON();
    Object.keys(_index178).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index178[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index178[key];
        }
      });
    });
    var _index179 = require_previousDay();
    Object.keys(_index179).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index179[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index179[key];
        }
      });
    });
    var _index180 = require_previousFriday();
    Object.keys(_index180).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index180[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index180[key];
        }
      });
    });
    var _index181 = require_previousMonday();
    Object.keys(_index181).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index181[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index181[key];
        }
      });
    });
    var _index182 = require_previousSaturday();
    Object.keys(_index182).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index182[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index182[key];
        }
      });
    });
    var _index183 = require_previousSunday();
    Object.keys(_index183).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index183[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index183[key];
        }
      });
    });
    var _index184 = require_previousThursday();
    Object.keys(_index184).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index184[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index184[key];
        }
      });
    });
    var _index185 = require_previousTuesday();
    Object.keys(_index185).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index185[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index185[key];
        }
      });
    });
    var _index186 = require_previousWednesday();
    Object.keys(_index186).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index186[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index186[key];
        }
      });
    });
    var _index187 = require_quartersToMonths();
    Object.keys(_index187).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index187[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index187[key];
        }
      });
    });
    var _index188 = require_quartersToYears();
    Object.keys(_index188).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index188[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index188[key];
        }
      });
    });
    var _index189 = require_roundToNearestHours();
    Object.keys(_index189).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index189[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index189[key];
        }
      });
    });
    var _index190 = require_roundToNearestMinutes();
    Object.keys(_index190).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index190[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index190[key];
        }
      });
    });
    var _index191 = require_secondsToHours();
    Object.keys(_index191).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index191[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index191[key];
        }
      });
    });
    var _index192 = require_secondsToMilliseconds();
    Object.keys(_index192).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index192[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index192[key];
        }
      });
    });
    var _index193 = require_secondsToMinutes();
    Object.keys(_index193).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index193[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index193[key];
        }
      });
    });
    var _index194 = require_set();
    Object.keys(_index194).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index194[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index194[key];
        }
      });
    });
    var _index195 = require_setDate();
    Object.keys(_index195).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index195[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index195[key];
        }
      });
    });
    var _index196 = require_setDay();
    Object.keys(_index196).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index196[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index196[key];
        }
      });
    });
    var _index197 = require_setDayOfYear();
    Object.keys(_index197).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index197[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index197[key];
        }
      });
    });
    var _index198 = require_setDefaultOptions();
    Object.keys(_index198).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index198[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index198[key];
        }
      });
    });
    var _index199 = require_setHours();
    Object.keys(_index199).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index199[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index199[key];
        }
      });
    });
    var _index200 = require_setISODay();
    Object.keys(_index200).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index200[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index200[key];
        }
      });
    });
    var _index201 = require_setISOWeek();
    Object.keys(_index201).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index201[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index201[key];
        }
      });
    });
    var _index202 = require_setISOWeekYear();
    Object.keys(_index202).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index202[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index202[key];
        }
      });
    });
    var _index203 = require_setMilliseconds();
    Object.keys(_index203).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index203[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index203[key];
        }
      });
    });
    var _index204 = require_setMinutes();
    Object.keys(_index204).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index204[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index204[key];
        }
      });
    });
    var _index205 = require_setMonth();
    Object.keys(_index205).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index205[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index205[key];
        }
      });
    });
    var _index206 = require_setQuarter();
    Object.keys(_index206).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index206[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index206[key];
        }
      });
    });
    var _index207 = require_setSeconds();
    Object.keys(_index207).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index207[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index207[key];
        }
      });
    });
    var _index208 = require_setWeek();
    Object.keys(_index208).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index208[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index208[key];
        }
      });
    });
    var _index209 = require_setWeekYear();
    Object.keys(_index209).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index209[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index209[key];
        }
      });
    });
    var _index210 = require_setYear();
    Object.keys(_index210).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index210[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index210[key];
        }
      });
    });
    var _index211 = require_startOfDay();
    Object.keys(_index211).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index211[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index211[key];
        }
      });
    });
    var _index212 = require_startOfDecade();
    Object.keys(_index212).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index212[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index212[key];
        }
      });
    });
    var _index213 = require_startOfHour();
    Object.keys(_index213).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index213[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index213[key];
        }
      });
    });
    var _index214 = require_startOfISOWeek();
    Object.keys(_index214).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index214[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index214[key];
        }
      });
    });
    var _index215 = require_startOfISOWeekYear();
    Object.keys(_index215).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index215[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index215[key];
        }
      });
    });
    var _index216 = require_startOfMinute();
    Object.keys(_index216).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index216[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index216[key];
        }
      });
    });
    var _index217 = require_startOfMonth();
    Object.keys(_index217).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index217[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index217[key];
        }
      });
    });
    var _index218 = require_startOfQuarter();
    Object.keys(_index218).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index218[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index218[key];
        }
      });
    });
    var _index219 = require_startOfSecond();
    Object.keys(_index219).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index219[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index219[key];
        }
      });
    });
    var _index220 = require_startOfToday();
    Object.keys(_index220).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index220[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index220[key];
        }
      });
    });
    var _index221 = require_startOfTomorrow();
    Object.keys(_index221).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index221[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index221[key];
        }
      });
    });
    var _index222 = require_startOfWeek();
    Object.keys(_index222).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index222[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index222[key];
        }
      });
    });
    var _index223 = require_startOfWeekYear();
    Object.keys(_index223).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index223[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index223[key];
        }
      });
    });
    var _index224 = require_startOfYear();
    Object.keys(_index224).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index224[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index224[key];
        }
      });
    });
    var _index225 = require_startOfYesterday();
    Object.keys(_index225).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index225[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index225[key];
        }
      });
    });
    var _index226 = require_sub();
    Object.keys(_index226).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index226[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index226[key];
        }
      });
    });
    var _index227 = require_subBusinessDays();
    Object.keys(_index227).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index227[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index227[key];
        }
      });
    });
    var _index228 = require_subDays();
    Object.keys(_index228).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index228[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index228[key];
        }
      });
    });
    var _index229 = require_subHours();
    Object.keys(_index229).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index229[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index229[key];
        }
      });
    });
    var _index230 = require_subISOWeekYears();
    Object.keys(_index230).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index230[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index230[key];
        }
      });
    });
    var _index231 = require_subMilliseconds();
    Object.keys(_index231).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index231[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index231[key];
        }
      });
    });
    var _index232 = require_subMinutes();
    Object.keys(_index232).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index232[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index232[key];
        }
      });
    });
    var _index233 = require_subMonths();
    Object.keys(_index233).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index233[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index233[key];
        }
      });
    });
    var _index234 = require_subQuarters();
    Object.keys(_index234).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index234[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index234[key];
        }
      });
    });
    var _index235 = require_subSeconds();
    Object.keys(_index235).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index235[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index235[key];
        }
      });
    });
    var _index236 = require_subWeeks();
    Object.keys(_index236).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index236[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index236[key];
        }
      });
    });
    var _index237 = require_subYears();
    Object.keys(_index237).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index237[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index237[key];
        }
      });
    });
    var _index238 = require_toDate();
    Object.keys(_index238).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index238[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index238[key];
        }
      });
    });
    var _index239 = require_transpose();
    Object.keys(_index239).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index239[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index239[key];
        }
      });
    });
    var _index240 = require_weeksToDays();
    Object.keys(_index240).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index240[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index240[key];
        }
      });
    });
    var _index241 = require_yearsToDays();
    Object.keys(_index241).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index241[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index241[key];
        }
      });
    });
    var _index242 = require_yearsToMonths();
    Object.keys(_index242).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index242[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index242[key];
        }
      });
    });
    var _index243 = require_yearsToQuarters();
    Object.keys(_index243).forEach(function(key) {
      if (key === "default" || key === "__esModule") return;
      if (key in exports2 && exports2[key] === _index243[key]) return;
      Object.defineProperty(exports2, key, {
        enumerable: true,
        get: function() {
          return _index243[key];
        }
      });
    });
  }
});

// <stdin>
require_date_fns();
