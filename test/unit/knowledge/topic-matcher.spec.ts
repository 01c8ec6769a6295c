import { describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { compileTopicMatcher } from '../../../src/knowledge/topic-matcher.ts';

const matchTopics = compileTopicMatcher(loadKnowledgeBase().topics);
const topicIds = (text: string) => matchTopics(text).map((hit) => hit.topicId);

describe('compileTopicMatcher', () => {
  it('finds topics in English sentences of the seed articles', () => {
    expect(
      topicIds('Turkey and Kazakhstan on Thursday discussed opportunities to strengthen cooperation in the defense industry sector'),
    ).toEqual(['topic:defence-industry']);
    expect(topicIds('cooperation along the Trans-Caspian international transport route')).toContain('topic:transport');
    expect(topicIds('He outlined manufacturing, agriculture, health care, and tourism as priority sectors')).toEqual(
      expect.arrayContaining(['topic:agriculture', 'topic:health', 'topic:tourism']),
    );
  });

  it('matches inflected Russian and Ukrainian words through prefix patterns', () => {
    expect(topicIds('Це означає, зокрема, що тепер турецькі безпілотники виготовлятимуть у Казахстані.')).toContain('topic:uav');
    expect(topicIds('Стороны обсудили военно-техническое сотрудничество')).toContain('topic:military-technical-cooperation');
  });

  it('matches whole words only', () => {
    expect(topicIds('The portrait was important')).toEqual([]);
    expect(matchTopics('new UAVs were shown')).toEqual([{ topicId: 'topic:uav', keyword: 'UAV*' }]);
  });
});
